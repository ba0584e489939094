import Mustache

// swift-mustache prints a value it does not know through `String(describing:)`, after three
// casts to protocols that fail; texts and numbers, most of what a page shows, are known to it
// this way and print as they did.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
