/// Selection and scrolling of a list shown in a window of `visible` rows.
struct ListCursor: Equatable, Sendable {
    var selected = 0
    var top = 0

    /// Moves with the usual list keys; returns false for other keys.
    mutating func handle(_ key: Key, count: Int, visible: Int) -> Bool {
        guard count > 0 else { return [.up, .down, .pageUp, .pageDown, .home, .end].contains(key) }
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(count - 1, selected + 1)
        case .pageUp: selected = max(0, selected - max(1, visible - 1))
        case .pageDown: selected = min(count - 1, selected + max(1, visible - 1))
        case .home, .character("g"): selected = 0
        case .end, .character("G"): selected = count - 1
        default: return false
        }
        return true
    }

    /// Keeps the selection inside the list and the window around the selection.
    mutating func clamp(count: Int, visible: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        if selected < top { top = selected }
        if visible > 0, selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, count - visible)))
    }
}
