import Foundation
import PlacardCore

// Built with `-sanitize=fuzzer -DFUZZING` (scripts/fuzz.sh), libFuzzer calls the entry point below with
// the target named by PLACARD_FUZZ_TARGET. Built normally, this is a replay tool:
// `placard-fuzz <target> FILE...` runs the target once on each file (for regression checks).

#if FUZZING
private let target: String = {
    let name = ProcessInfo.processInfo.environment["PLACARD_FUZZ_TARGET"] ?? ""
    guard FuzzEntries.names.contains(name) else {
        FileHandle.standardError.write(Data("set PLACARD_FUZZ_TARGET to one of: \(FuzzEntries.names.joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return name
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzEntries.run(target, data)
    return 0
}

private typealias FuzzerCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
private typealias FuzzerRunDriver = @convention(c) (UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                                                    FuzzerCallback) -> CInt

/// SwiftPM links an executable with `main` set to `<module>_main`, which would hide libFuzzer's own `main`:
/// this entry point hands over to libFuzzer's driver instead (found at run time; fuzz.sh links with --export-dynamic).
@_cdecl("placard_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    guard let symbol = dlsym(nil, "LLVMFuzzerRunDriver") else {
        FileHandle.standardError.write(Data("libFuzzer's LLVMFuzzerRunDriver is missing: build with scripts/fuzz.sh\n".utf8))
        return 2
    }
    var count = argc
    var arguments = argv
    return unsafeBitCast(symbol, to: FuzzerRunDriver.self)(&count, &arguments, fuzzOneInput)
}
#else
@main
struct PlacardFuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let target = arguments.first, FuzzEntries.names.contains(target) else {
            print("usage: placard-fuzz <\(FuzzEntries.names.joined(separator: "|"))> FILE...")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzEntries.run(target, data)
        }
    }
}
#endif
