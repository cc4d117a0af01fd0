/// Placard's version, printed by `placard --version` (the one place it is written).
public enum PlacardVersion {
    public static let current = "0.2.0"
}
