/// A numbered heading of the plan (“II. NỘI DUNG…”, “1.1. …”) or an appendix title (“PHỤ LỤC 1”).
struct Heading: Equatable, Sendable {
  /// 0 for an appendix, 1 for a Roman numeral, 1 + depth for “1.”, “1.1.”…
  var level: Int
  /// Short label used in section paths, e.g. `II. NỘI DUNG NHIỆM VỤ` or `1.1. Phát động…`.
  var label: String
  /// The time window the heading sets, if any (“Quý I/2024”, “Tháng 2 – 3”), inherited by its items.
  var window: String?
  /// Whether the heading is only a time label (“QUÝ I”, “Tháng 1:”): every list item and
  /// paragraph beneath it is a task in that window.
  var isPeriod = false

  init(level: Int, label: String, window: String?, isPeriod: Bool = false) {
    self.level = level
    self.label = label
    self.window = window
    self.isPeriod = isPeriod
  }
}

/// The part of the document a block belongs to.
enum Region: Equatable, Sendable {
  /// Before the first Roman-numbered section: header and preamble.
  case preamble
  /// The numbered sections.
  case body
  /// “Nơi nhận” and the signature block.
  case recipients
  /// After “PHỤ LỤC”.
  case appendix
}

/// A logical unit of the plan: a heading, a bullet, a paragraph or a table row,
/// possibly spread over several source lines.
struct Block: Sendable {
  enum Kind: Equatable, Sendable {
    case heading(Heading)
    case bullet
    case paragraph
    case tableRow([String])
  }

  var kind: Kind
  /// Plain text (markup and bullet marker removed); lines joined by a space.
  var text: String
  /// Character offsets in `text` at which each source line starts, with its line number.
  var lineStarts: [(offset: Int, line: Int)]
  var region: Region
  /// Section path from the enclosing headings (outermost first).
  var sectionPath: [Heading]
  /// The words of `text`, read once by ``finish()`` for every extractor that needs them.
  private(set) var words: [TextWord] = []
  /// `text` by character offset, split by ``finish()``: word offsets index it.
  private(set) var split: BlockText?

  /// Reads the words of the finished text and splits its characters; call after the last
  /// change to `text`.
  mutating func finish() {
    // Most plan text is characters of one scalar each (NFC Vietnamese, ASCII, common
    // punctuation): split without grapheme breaking, and no `Character` made; anything else
    // the long way.
    if let scalars = TextFolding.singleScalarCharacters(text) {
      split = BlockText(scalars: scalars)
      words = TextFolding.words(inScalars: scalars)
    } else {
      let characters = Array(text)
      split = BlockText(characters: characters)
      words = TextFolding.words(in: characters)
    }
  }

  /// `text` by character offset, for looking at a few characters and cutting spans: split once
  /// by ``finish()``, or now when it was not called.
  var characterText: BlockText { split ?? BlockText(characters: Array(text)) }

  /// `text` folded for matching (the scalars of ``TextFolding/foldedText(_:)``): one scalar per
  /// character, so offsets into it are offsets into ``characterText``.
  var foldedScalars: [Unicode.Scalar] { characterText.foldedScalars }

  var line: Int { lineStarts.first?.line ?? 0 }

  /// The source line holding the character at `offset`.
  func line(atOffset offset: Int) -> Int {
    var result = line
    for start in lineStarts where start.offset <= offset { result = start.line }
    return result
  }

  /// The section path as text: labels joined by ` > `.
  var section: String { sectionPath.map(\.label).joined(separator: " > ") }

  /// The innermost window a heading above this block sets.
  var inheritedWindow: String? { sectionPath.last(where: { $0.window != nil })?.window }

  /// Whether the innermost heading above this block is a bare time label.
  var isUnderPeriod: Bool { sectionPath.last?.isPeriod ?? false }
}
