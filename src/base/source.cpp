#include "base/source.hpp"

namespace oblige {

std::string Location::text() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (line > 0 && column > 0) out += ":" + std::to_string(column);
    return out;
}

SourceFile::SourceFile(std::string path, std::string text, std::string name_under_root)
    : path_(std::move(path)), text_(std::move(text)), name_under_root_(std::move(name_under_root)),
      lines_(text_) {}

} // namespace oblige
