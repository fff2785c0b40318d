/// A typed HTML tree. Text and attribute values are always escaped when rendered; only the
/// page's own style sheet and script are inserted raw.
public indirect enum HTMLNode: Sendable, Equatable {
  /// An element with attributes (in the given order) and children.
  case element(String, [Attribute], [HTMLNode])
  /// Text, escaped on output.
  case text(String)
  /// Markup the tool wrote itself (style sheet, script, a node it rendered: see
  /// ``prerendered``); never plan text as it came.
  case trusted(String)
  /// Several nodes without a wrapper.
  case fragment([HTMLNode])

  /// One attribute; a `nil` value renders as a bare attribute (`hidden`).
  public struct Attribute: Sendable, Equatable {
    /// Attribute name.
    public var name: String
    /// Value, escaped on output.
    public var value: String?

    /// Creates an attribute.
    public init(_ name: String, _ value: String?) {
      self.name = name
      self.value = value
    }
  }

  private static let voidElements: Set<String> = ["meta", "br", "input", "link", "hr", "img"]

  /// Renders the tree to `output`.
  public func render(into output: inout some TextOutputStream) {
    switch self {
    case .text(let text): output.write(Self.escape(text))
    case .trusted(let markup): output.write(markup)
    case .fragment(let nodes): for node in nodes { node.render(into: &output) }
    case .element(let name, _, let children):
      renderStart(into: &output)
      if Self.voidElements.contains(name) { return }
      for child in children { child.render(into: &output) }
      renderEnd(into: &output)
    }
  }

  /// Renders an element's start tag only, so a large element's children can be built and
  /// rendered one at a time (then ``renderEnd(into:)``); nothing for other nodes.
  func renderStart(into output: inout some TextOutputStream) {
    guard case .element(let name, let attributes, _) = self else { return }
    // Written piece by piece: joining the pieces first made a string for each (a page has
    // thousands of elements).
    output.write("<")
    output.write(name)
    for attribute in attributes {
      output.write(" ")
      output.write(attribute.name)
      if let value = attribute.value {
        output.write("=\"")
        output.write(Self.escape(value, attribute: true))
        output.write("\"")
      }
    }
    output.write(">")
  }

  /// Renders an element's end tag only (see ``renderStart(into:)``).
  func renderEnd(into output: inout some TextOutputStream) {
    guard case .element(let name, _, _) = self else { return }
    output.write("</")
    output.write(name)
    output.write(">")
  }

  /// The node rendered now and kept as its markup, its text already escaped: a large table's
  /// rows are each made and held as a few hundred bytes of text, not as a tree of dozens of
  /// elements (a 7,000-plan matrix was 18 MB of nodes while its section was written).
  var prerendered: HTMLNode { .trusted(rendered) }

  /// The rendered markup.
  public var rendered: String {
    var output = ""
    render(into: &output)
    return output
  }

  /// Escapes `&`, `<`, `>` and, in attributes, `"` and `'`. All five are ASCII, so they are
  /// found byte by byte, whatever marks follow them; text holding none is returned as it is.
  public static func escape(_ text: String, attribute: Bool = false) -> String {
    @inline(__always) func special(_ byte: UInt8) -> Bool {
      byte == 0x26 || byte == 0x3C || byte == 0x3E || (attribute && (byte == 0x22 || byte == 0x27))
    }
    guard text.withBytes({ $0.contains(where: special) }) else { return text }
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x26: output.append(contentsOf: "&amp;".utf8)
      case 0x3C: output.append(contentsOf: "&lt;".utf8)
      case 0x3E: output.append(contentsOf: "&gt;".utf8)
      case 0x22 where attribute: output.append(contentsOf: "&quot;".utf8)
      case 0x27 where attribute: output.append(contentsOf: "&#39;".utf8)
      default: output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}

/// Shorthand for building elements: `el("td", ["class": "num"], .text("3"))`. An attribute
/// whose value is `nil` is left out.
func el(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: HTMLNode...) -> HTMLNode {
  el(name, attributes, children: children)
}

/// Shorthand with an array of children.
func el(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], children: [HTMLNode]) -> HTMLNode {
  .element(name, attributes.compactMap { pair in pair.value.map { HTMLNode.Attribute(pair.key, $0) } }, children)
}

/// Escaped text.
func txt(_ text: String) -> HTMLNode { .text(text) }
