import Foundation

/// The timeline for many plans: per task type, how the units' deadlines spread over the year —
/// a bar per half month counting the deadlines in it, a box over the middle half of them,
/// whiskers to the first and last, and the median as a tick. Its size does not grow with the
/// plans; the legend names the four marks, whatever the number of units. Task names are
/// table cells, so they wrap and print whole. The page's script adds the deadlines of the
/// units picked in the filters as dots.
enum SpreadChart {
  static let width = 730.0
  static let height = 30.0
  static let bins = 24

  /// Task types in the order of the timing rows (first appearance).
  static func taskOrder(_ timing: [TimingRow]) -> [String] {
    var seen: Set<String> = []
    return timing.compactMap { seen.insert($0.taskID).inserted ? $0.taskID : nil }
  }

  static func x(_ day: Int) -> Double {
    5 + (width - 10) * Double(min(max(day, 1), 365) - 1) / 364
  }

  static func number(_ value: Double) -> String { TimelineChart.number(value) }

  /// The section; `picking` when the page's filters can pick units to show as dots.
  static func section(_ input: ComparisonPageInput, _ labels: ReportLabels, picking: Bool = false) -> HTMLNode {
    var days: [String: [Int]] = [:]
    var medians: [String: Double] = [:]
    for row in input.timing {
      days[row.taskID, default: []].append(min(max(row.dayOfYear, 1), 365))
      medians[row.taskID] = row.medianDay
    }
    let rows = taskOrder(input.timing).enumerated().map { index, taskID -> HTMLNode in
      let values = (days[taskID] ?? []).sorted()
      let name = labels.name(input.tasks.entry(taskID))
      return el("tr", ["data-t": String(index)],
        el("th", ["scope": "row"], txt(name)),
        ComparisonPage.cell(String(values.count), numeric: true),
        el("td", ["class": "spread-cell"], plot(values, median: medians[taskID], label: name, labels)))
    }
    let legend: [HTMLNode] = [
      el("li", [:], el("span", ["class": "legend-bar"], txt("▮")), txt(" " + labels.perHalfMonth)),
      el("li", [:], el("span", ["class": "legend-box"], txt("▭")), txt(" " + labels.middleHalf)),
      el("li", [:], el("span", ["class": "legend-median"], txt("│")), txt(" " + labels.median)),
    ] + (picking ? [el("li", [:], el("span", ["class": "legend-dot"], txt("●")), txt(" " + labels.pickedUnits))] : [])
    return el("section", ["id": "timeline"], el("h2", [:], txt(labels.timeline)), el("p", ["class": "note"], txt(labels.spreadNote + (picking ? labels.pickNote : ""))),
      el("ul", ["class": "legend"], children: legend),
      el("div", ["class": "table-wrap"],
        el("table", ["id": "spread-table"],
          el("thead", [:], el("tr", [:],
            el("th", ["scope": "col"], txt(labels.task)), el("th", ["scope": "col", "class": "num"], txt("n")),
            el("th", ["scope": "col", "class": "spread-cell"], axis(labels)))),
          el("tbody", [:], children: rows))))
  }

  /// The month names above the plots.
  static func axis(_ labels: ReportLabels) -> HTMLNode {
    let starts = Timing.daysBeforeMonth.map { $0 + 1 }
    return el("svg", ["class": "spread", "viewBox": "0 0 \(Int(width)) 16", "role": "img", "aria-label": labels.months.joined(separator: " ")],
      children: starts.enumerated().map { month, day in
        el("text", ["x": number(x(day) + 2), "y": "12"], txt(labels.months[month]))
      })
  }

  /// One task type's spread.
  static func plot(_ values: [Int], median: Double?, label: String, _ labels: ReportLabels) -> HTMLNode {
    var nodes: [HTMLNode] = Timing.daysBeforeMonth.map { $0 + 1 }.map { day in
      el("line", ["class": "grid", "x1": number(x(day)), "x2": number(x(day)), "y1": "0", "y2": number(height)])
    }
    var counts = [Int](repeating: 0, count: bins)
    for day in values { counts[min(bins - 1, (day - 1) * bins / 365)] += 1 }
    let tallest = Double(counts.max() ?? 1)
    for (bin, count) in counts.enumerated() where count > 0 {
      let start = x(1 + bin * 365 / bins), end = x(1 + (bin + 1) * 365 / bins)
      let barHeight = max(2, 14 * Double(count) / tallest)
      nodes.append(el("rect", ["class": "bin", "x": number(start + 0.5), "y": number(16 - barHeight), "width": number(end - start - 1),
                               "height": number(barHeight)], el("title", [:], txt("\(count)"))))
    }
    if let first = values.first, let last = values.last {
      let q1 = values[(values.count - 1) / 4], q3 = values[(values.count - 1) * 3 / 4]
      nodes.append(el("line", ["class": "whisker", "x1": number(x(first)), "x2": number(x(last)), "y1": "23", "y2": "23"]))
      nodes.append(el("rect", ["class": "box", "x": number(x(q1)), "y": "19", "width": number(max(x(q3) - x(q1), 1.5)), "height": "8"]))
    }
    if let median {
      let position = number(x(Int(median.rounded())))
      nodes.append(el("line", ["class": "median", "x1": position, "x2": position, "y1": "17", "y2": "29"],
                      el("title", [:], txt("\(labels.median): \(ComparisonPage.format(median, labels))"))))
    }
    nodes.append(el("g", ["class": "picked"]))
    return el("svg", ["class": "spread", "viewBox": "0 0 \(Int(width)) \(Int(height))", "role": "img", "aria-label": label], children: nodes)
  }
}
