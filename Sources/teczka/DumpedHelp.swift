/// The part of swift-argument-parser's `--experimental-dump-help` JSON (its `ToolInfoV0`, which the library does not
/// export) that the manual page is made from.
struct DumpedHelp: Decodable {
    let command: DumpedCommand
}

struct DumpedCommand: Decodable {
    let commandName: String
    let superCommands: [String]?
    let shouldDisplay: Bool?
    let abstract: String?
    let discussion: String?
    let subcommands: [DumpedCommand]?
    let arguments: [DumpedArgument]?

    /// "teczka user add".
    var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }
    var isShown: Bool { shouldDisplay ?? true }
    var shownArguments: [DumpedArgument] { (arguments ?? []).filter(\.shouldDisplay) }
    var shownSubcommands: [DumpedCommand] { (subcommands ?? []).filter(\.isShown) }
}

struct DumpedArgument: Decodable {
    enum Kind: String, Decodable { case positional, option, flag }
    struct Name: Decodable {
        let kind: String
        let name: String

        /// As typed: `--store`, `-h`, `-name`.
        var spelled: String { kind == "long" ? "--" + name : "-" + name }
    }

    let kind: Kind
    let shouldDisplay: Bool
    let isOptional: Bool
    let isRepeating: Bool
    let names: [Name]?
    let valueName: String?
    let defaultValue: String?
    let allValueStrings: [String]?
    let abstract: String?
    let discussion: String?

    /// argument-parser's own --help and --version, which every command takes.
    var isBuiltIn: Bool { names?.contains { $0.name == "help" || $0.name == "version" } ?? false }
}
