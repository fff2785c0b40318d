import Testing

@testable import PlanAlign

/// The plan model keeps some values compactly; they must read back as given.
@Suite struct PlanModelTests {
  static let place = SourceLocation(file: "ke-hoach.txt", line: 57)

  /// A mention's name is kept as its place in the text when the text holds it.
  @Test(arguments: [
    ("phong trào thi đua “Người tốt, việc tốt”", "Người tốt, việc tốt"),
    ("Cuộc thi viết về gương điển hình tiên tiến, người tốt, việc tốt", "viết về gương điển hình tiên tiến, người tốt, việc tốt"),
    ("phong trào “Chung tay vì người nghèo”", "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"),
    ("phong trào “Xanh”", "Xanh"),
  ])
  func aMentionReadsBackItsTextAndName(_ example: (text: String, name: String)) {
    var mention = CampaignMention(text: example.text, name: example.name, location: Self.place)
    #expect(mention.text == example.text)
    #expect(mention.name == example.name)
    #expect(mention == CampaignMention(text: example.text, name: example.name, location: Self.place))
    // Changing the text keeps the name; changing the name keeps the text.
    mention.text = "Phát động " + example.text + "."
    #expect(mention.name == example.name)
    mention.name = "Thi đua yêu nước"
    #expect(mention.text == "Phát động " + example.text + ".")
    #expect(mention.name == "Thi đua yêu nước")
    #expect(mention != CampaignMention(text: mention.text, name: example.name, location: Self.place))
  }
}
