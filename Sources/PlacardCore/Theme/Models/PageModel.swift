import Mustache

/// A value a template reads. swift-mustache looks a key up with `child(named:)` (a `switch`, as
/// fast as a dictionary) instead of reflecting on the struct with `Mirror`. A key the value does
/// not have answers nil, so the look-up goes on up the context stack, as it does for a dictionary
/// without that key. Records whose values are all strings stay `[String: String]`: typed,
/// `Sendable`, and what swift-mustache reads fastest.
typealias TemplateModel = MustacheParent & Sendable

/// A model behind one reference. swift-mustache holds every value as `Any` and casts it to
/// `MustacheParent` for each look-up: a struct larger than three words is copied (and its strings
/// retained) at each cast, a class only retained. Templates are handed models in boxes.
final class ModelBox<Model: TemplateModel>: TemplateModel {
    let model: Model

    init(_ model: Model) { self.model = model }

    func child(named name: String) -> Any? { model.child(named: name) }
}

/// A nested model kept in a `ModelBox`: `$name` is what `child(named:)` returns.
@propertyWrapper
struct Boxed<Model: TemplateModel>: Sendable {
    private(set) var projectedValue: ModelBox<Model>

    init(wrappedValue: Model) { projectedValue = ModelBox(wrappedValue) }

    var wrappedValue: Model {
        get { projectedValue.model }
        set { projectedValue = ModelBox(newValue) }
    }
}

/// A list of models, each in a `ModelBox`: `$name` is what `child(named:)` returns.
@propertyWrapper
struct BoxedList<Model: TemplateModel>: Sendable {
    let projectedValue: [ModelBox<Model>]

    init(wrappedValue: [Model]) { projectedValue = wrappedValue.map(ModelBox.init) }

    var wrappedValue: [Model] { projectedValue.map(\.model) }
}

/// Everything a page template gets: the page's own keys, then `page`, `head`, `menu` and
/// `languages`, then the keys every page of the language shares.
struct PageModel: TemplateModel {
    let shared: SharedKeys
    @Boxed var page: PageMeta
    @Boxed var head: PageHead
    @BoxedList var menu: [MenuItem]
    @BoxedList var languages: [LanguageChoice]
    let own: any TemplateModel
    /// `LanguageFragments.key(name)` → the fragment's HTML for this page's language and series.
    var fragments: [String: String] = [:]

    func child(named name: String) -> Any? {
        if let value = own.child(named: name) { return value }
        switch name {
        case "page": return $page
        case "head": return $head
        case "menu": return $menu
        case "languages": return $languages
        default: return shared.child(named: name) ?? fragments[name]
        }
    }
}

/// What every page of one language shares (site title, strings, links, footer).
struct SharedKeys: TemplateModel {
    let site: [String: String]
    let lang: [String: String]
    let t: [String: String]
    let assets: [String: String]
    let footerPages: [[String: String]]
    let urls: [String: String]
    let identity: [String: String]?
    /// The other languages' names and UI strings, for pages that speak to every reader at once (404).
    @BoxedList var otherLanguages: [OtherLanguage]

    func child(named name: String) -> Any? {
        switch name {
        case "footerPages": return footerPages
        case "identity": return identity
        case "otherLanguages": return $otherLanguages
        default: return snippetKey(name)
        }
    }

    /// The keys a snippet (a card, a project row) gets besides its own.
    func snippetKey(_ name: String) -> Any? {
        switch name {
        case "t": return t
        case "urls": return urls
        case "assets": return assets
        case "site": return site
        case "lang": return lang
        default: return nil
        }
    }
}

struct OtherLanguage: TemplateModel {
    let code: String
    let locale: String
    let name: String
    let url: String
    let t: [String: String]

    func child(named name: String) -> Any? {
        switch name {
        case "code": return code
        case "locale": return locale
        case "name": return self.name
        case "url": return url
        case "t": return t
        default: return nil
        }
    }
}

/// `page`: title, description, canonical URL and kind of one page.
struct PageMeta: TemplateModel {
    let title: String
    let fullTitle: String
    let description: String
    var canonical: String
    let ogType: String
    let ogLocale: String
    let url: String
    let kind: String
    let isHome: Bool
    let isProjects: Bool
    /// The menu's project link: `aria-current="page"` on the directory, `"true"` on a project inside it.
    let projectsCurrent: String?
    let image: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "fullTitle": return fullTitle
        case "description": return description
        case "canonical": return canonical
        case "ogType": return ogType
        case "ogLocale": return ogLocale
        case "url": return url
        case "kind": return kind
        case "isHome": return isHome
        case "isProjects": return isProjects
        case "projectsCurrent": return projectsCurrent
        case "image": return image
        default: return nil
        }
    }
}

/// `head`: hreflang alternates, feeds and `<meta name>` tags (each a record of strings).
struct PageHead: TemplateModel {
    let alternates: [[String: String]]
    let feeds: [[String: String]]
    let meta: [[String: String]]

    func child(named name: String) -> Any? {
        switch name {
        case "alternates": return alternates
        case "feeds": return feeds
        case "meta": return meta
        default: return nil
        }
    }
}

/// One series in the menu.
struct MenuItem: TemplateModel {
    let key: String
    let title: String
    let url: String
    let accent: Int
    let current: Bool
    /// This is the series' own page.
    let here: Bool
    /// A page inside the series (an article, page 2).
    let section: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "key": return key
        case "title": return title
        case "url": return url
        case "accent": return accent
        case "current": return current
        case "here": return here
        case "section": return section
        default: return nil
        }
    }
}

/// One language in the language switcher.
struct LanguageChoice: TemplateModel {
    let code: String
    let name: String
    let locale: String
    let url: String
    let current: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "code": return code
        case "name": return self.name
        case "locale": return locale
        case "url": return url
        case "current": return current
        default: return nil
        }
    }
}

/// A card or project row: its own keys, then `t`, `lang`, `site`, `urls` and `assets`.
struct SnippetModel: TemplateModel {
    let own: any TemplateModel
    let shared: SharedKeys

    func child(named name: String) -> Any? {
        own.child(named: name) ?? shared.snippetKey(name)
    }
}

/// A page with no keys of its own (404).
struct NoKeys: TemplateModel {
    func child(named name: String) -> Any? { nil }
}
