#include "output/html/html_trend.hpp"

#include "output/numbers.hpp"

namespace oblige::output {

namespace {
constexpr int width = 240, height = 64, margin = 6;
}

void write_trend_svg(HtmlWriter& w, const AgencyTrend& trend, const std::string& title) {
    std::vector<const TrendPoint*> points;
    for (const TrendPoint& p : trend.points)
        if (p.figures.expected > 0) points.push_back(&p);
    w.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                   {"class", "trend"},
                   {"width", std::to_string(width)},
                   {"height", std::to_string(height)},
                   {"viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(height)},
                   {"role", "img"}});
    w.element("title", title);
    w.empty("rect", {{"x", "0"},
                     {"y", "0"},
                     {"width", std::to_string(width)},
                     {"height", std::to_string(height)},
                     {"fill", "#f6f6f6"}});
    // Integer coordinates from counts alone: the same figures draw the same bytes.
    const auto x = [&](std::size_t i) {
        const int span = width - 2 * margin;
        return points.size() < 2 ? width / 2 : margin + static_cast<int>(i * span / (points.size() - 1));
    };
    const auto y = [&](const TrendPoint& p) {
        const long long span = height - 2 * margin;
        return margin + static_cast<int>(span - span * p.figures.on_time / p.figures.expected);
    };
    std::string line;
    for (std::size_t i = 0; i < points.size(); ++i)
        line += (i ? " " : "") + std::to_string(x(i)) + "," + std::to_string(y(*points[i]));
    if (points.size() > 1)
        w.empty("polyline",
                {{"points", line}, {"fill", "none"}, {"stroke", "#2b6cb0"}, {"stroke-width", "2"}});
    for (std::size_t i = 0; i < points.size(); ++i) {
        const TrendPoint& p = *points[i];
        w.open("circle", {{"cx", std::to_string(x(i))},
                          {"cy", std::to_string(y(p))},
                          {"r", "3"},
                          {"fill", p.figures.on_time == p.figures.expected ? "#2f855a" : "#c53030"}});
        w.element("title", p.period + ": " + percent_text(p.figures.on_time, p.figures.expected) + "%");
        w.close();
    }
    w.close();
}

} // namespace oblige::output
