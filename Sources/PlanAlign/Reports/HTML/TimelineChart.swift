import Foundation

/// The timeline: an SVG with one row per compared task type, a January–December axis in
/// plan-year days, each plan's dated items as a point (a day) or a bar (month, quarter, range),
/// a colour and a shape per district, flagged items ringed, and the median as a tick.
enum TimelineChart {
  /// Okabe–Ito colours, safe for colour-blind readers; shapes repeat the distinction.
  static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442"]
  static let shapes = ["circle", "square", "triangle", "diamond", "triangle-down", "plus", "star", "cross"]

  static let labelWidth = 310.0
  static let plotWidth = 720.0
  static let rowHeight = 30.0
  static let top = 34.0

  static func x(_ day: Int) -> Double {
    labelWidth + plotWidth * Double(min(max(day, 1), 365) - 1) / 364
  }

  static func number(_ value: Double) -> String { DecimalText.fixed(value, decimals: 1) }

  static func section(_ input: ComparisonPageInput, _ labels: ReportLabels) -> HTMLNode {
    var taskOrder: [String] = []
    for row in input.timing where !taskOrder.contains(row.taskID) { taskOrder.append(row.taskID) }
    let planIndex = Dictionary(input.plans.enumerated().map { ($1.plan.id, $0) }, uniquingKeysWith: { first, _ in first })
    var windows: [String: Deadline] = [:]
    for aligned in input.plans {
      for (item, parsed) in zip(aligned.plan.items, aligned.deadlines) {
        for deadline in parsed.deadlines {
          if let end = deadline.end { windows["\(aligned.plan.id) \(item.location.line) \(end)"] = deadline }
        }
      }
    }
    let height = top + rowHeight * Double(taskOrder.count) + 10
    var nodes: [HTMLNode] = [axis(labels, height: height)]
    for (rowIndex, taskID) in taskOrder.enumerated() {
      let y = top + rowHeight * Double(rowIndex)
      let rows = input.timing.filter { $0.taskID == taskID }
      var group: [HTMLNode] = [
        el("rect", ["class": "band", "x": "0", "y": number(y), "width": number(labelWidth + plotWidth + 20), "height": number(rowHeight)]),
        el("text", ["class": "row-label", "x": "6", "y": number(y + rowHeight / 2 + 4)],
           el("title", [:], txt(labels.name(input.tasks.entry(taskID)))), txt(shortName(labels.name(input.tasks.entry(taskID))))),
      ]
      if let median = rows.first?.medianDay {
        let mx = number(x(Int(median.rounded())))
        group.append(el("line", ["class": "median", "x1": mx, "x2": mx, "y1": number(y + 3), "y2": number(y + rowHeight - 3)],
                        el("title", [:], txt("\(labels.median): \(ComparisonPage.format(median, labels))"))))
      }
      for row in rows {
        let index = planIndex[row.planID] ?? 0
        let offset = (Double(index % 5) - 2) * 4
        let deadline = windows["\(row.planID) \(row.line) \(row.dueEnd)"]
        let planYear = row.planYear
        let endX = x(row.dayOfYear)
        let cy = y + rowHeight / 2 + offset
        var parts: [HTMLNode] = []
        if let deadline, let start = deadline.start, deadline.kind != .date {
          let startX = x(Timing.dayOfYear(start, planYear: planYear))
          parts.append(el("rect", ["class": "bar", "x": number(startX), "y": number(cy - 2.5), "width": number(max(endX - startX, 2)),
                                   "height": "5", "fill": colours[index % colours.count]]))
        }
        parts.append(marker(shape: shapes[index % shapes.count], colour: colours[index % colours.count], x: endX, y: cy))
        if !row.flags.filter({ $0 == "early" || $0 == "late" }).isEmpty {
          parts.append(el("circle", ["class": "flag-ring", "cx": number(endX), "cy": number(cy), "r": "8"]))
        }
        let district = planIndex[row.planID].map { ComparisonPage.heading(input.plans[$0].plan) } ?? row.planID
        let outside = row.dayOfYear < 1 || row.dayOfYear > 365
        let title = "\(district) — \(labels.name(input.tasks.entry(taskID))): \(labels.date(row.dueEnd)) (\(ComparisonPage.format(row.deltaDays, signed: true, labels))) "
          + row.flags.map { ComparisonPage.flagLabel($0, labels) }.joined(separator: ", ") + (outside ? " ◀▶" : "")
        group.append(el("g", ["class": "marker" + (row.flags.isEmpty ? "" : " " + row.flags.joined(separator: " ")),
                              "data-plan": row.planID, "data-task": taskID],
                        children: [el("title", [:], txt(title))] + parts))
      }
      nodes.append(el("g", ["class": "row"], children: group))
    }
    let legend = input.plans.enumerated().map { index, aligned in
      el("li", [:],
        el("svg", ["width": "16", "height": "16", "viewBox": "0 0 16 16", "aria-hidden": "true"],
           marker(shape: shapes[index % shapes.count], colour: colours[index % colours.count], x: 8, y: 8)),
        txt(" " + ComparisonPage.heading(aligned.plan)))
    }
    let width = labelWidth + plotWidth + 20
    return el("section", ["id": "timeline"], el("h2", [:], txt(labels.timeline)), el("p", ["class": "note"], txt(labels.timelineNote)),
      el("ul", ["class": "legend"], children: legend + [
        el("li", [:], el("span", ["class": "legend-ring"], txt("◯")), txt(" \(labels.early) / \(labels.late)")),
        el("li", [:], el("span", ["class": "legend-median"], txt("│")), txt(" \(labels.median)")),
      ]),
      el("div", ["class": "chart"],
        el("svg", ["class": "timeline", "viewBox": "0 0 \(Int(width)) \(Int(height))", "role": "img",
                   "aria-label": labels.timeline, "preserveAspectRatio": "xMinYMin meet"], children: nodes)))
  }

  /// A task name cut at a word to fit the label column (the full name is the row's tooltip).
  static func shortName(_ name: String) -> String {
    guard name.count > 44 else { return name }
    var cut = name.prefix(43)
    if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
    return cut.trimmingTrailingPunctuation + "…"
  }

  static func axis(_ labels: ReportLabels, height: Double) -> HTMLNode {
    let starts = Timing.daysBeforeMonth.map { $0 + 1 }
    return el("g", ["class": "axis"], children: starts.enumerated().flatMap { month, day -> [HTMLNode] in
      let position = number(x(day))
      return [
        el("line", ["x1": position, "x2": position, "y1": "22", "y2": number(height)]),
        el("text", ["x": number(x(day) + 3), "y": "16"], txt(labels.months[month])),
      ]
    })
  }

  static func marker(shape: String, colour: String, x: Double, y: Double) -> HTMLNode {
    let r = 5.0
    func points(_ list: [(Double, Double)]) -> String { list.map { "\(number(x + $0.0)),\(number(y + $0.1))" }.joined(separator: " ") }
    switch shape {
    case "square":
      return el("rect", ["class": "shape", "x": number(x - r), "y": number(y - r), "width": number(2 * r), "height": number(2 * r), "fill": colour])
    case "triangle":
      return el("polygon", ["class": "shape", "points": points([(0, -r - 1), (r + 1, r), (-r - 1, r)]), "fill": colour])
    case "triangle-down":
      return el("polygon", ["class": "shape", "points": points([(0, r + 1), (r + 1, -r), (-r - 1, -r)]), "fill": colour])
    case "diamond":
      return el("polygon", ["class": "shape", "points": points([(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]), "fill": colour])
    case "plus":
      return el("polygon", ["class": "shape", "points": points([(-2, -r), (2, -r), (2, -2), (r, -2), (r, 2), (2, 2), (2, r), (-2, r), (-2, 2), (-r, 2), (-r, -2), (-2, -2)]), "fill": colour])
    case "star":
      return el("polygon", ["class": "shape", "points": points([(0, -r - 1), (1.8, -1.8), (r + 1, -1), (2.6, 1.6), (3.4, r + 1), (0, 3), (-3.4, r + 1), (-2.6, 1.6), (-r - 1, -1), (-1.8, -1.8)]), "fill": colour])
    case "cross":
      return el("polygon", ["class": "shape", "points": points([(-r, -r + 2), (-r + 2, -r), (0, -2), (r - 2, -r), (r, -r + 2), (2, 0), (r, r - 2), (r - 2, r), (0, 2), (-r + 2, r), (-r, r - 2), (-2, 0)]), "fill": colour])
    default:
      return el("circle", ["class": "shape", "cx": number(x), "cy": number(y), "r": number(r), "fill": colour])
    }
  }
}
