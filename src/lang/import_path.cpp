#include "lang/import_path.hpp"

#include <filesystem>

namespace oblige::lang {

std::string imported_path(std::string_view importing_file, std::string_view written) {
    const std::filesystem::path dir = std::filesystem::path(importing_file).parent_path();
    return (dir / std::filesystem::path(written)).lexically_normal().generic_string();
}

} // namespace oblige::lang
