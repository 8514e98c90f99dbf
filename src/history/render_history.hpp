// `oblige history` in its formats: text for a terminal, json (documented in src/history/README.md),
// csv (the runs table) and one self-contained html page for an inspector.
#pragma once

#include "base/catalogue.hpp"
#include "history/history_report.hpp"

#include <string>

namespace oblige::history {

enum class HistoryFormat { text, json, csv, html };
bool parse_history_format(std::string_view text, HistoryFormat& out);

std::string history_text(const HistoryReport& report, Lang lang);
std::string history_json(const HistoryReport& report);
std::string history_csv(const HistoryReport& report);
std::string history_html(const HistoryReport& report, Lang lang);

inline std::string render_history(const HistoryReport& report, HistoryFormat format, Lang lang) {
    switch (format) {
    case HistoryFormat::json:
        return history_json(report);
    case HistoryFormat::csv:
        return history_csv(report);
    case HistoryFormat::html:
        return history_html(report, lang);
    case HistoryFormat::text:
        break;
    }
    return history_text(report, lang);
}

} // namespace oblige::history
