// Replays fuzz inputs through the fuzz targets' entry points, built with the normal compiler (and with
// the sanitizers when OBLIGE_SANITIZE is on): every crash the fuzzers found stays fixed.
// Usage: oblige_fuzz_replay obl|xml FILE_OR_DIR...   (directories: every regular file in them, sorted)
#include "entry_points.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: oblige_fuzz_replay obl|xml FILE_OR_DIR...\n";
        return 2;
    }
    const std::string target = argv[1];
    if (target != "obl" && target != "xml") {
        std::cerr << "oblige_fuzz_replay: unknown target '" << target << "'\n";
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 2; i < argc; ++i) {
        const fs::path path = argv[i];
        if (fs::is_directory(path)) {
            for (const auto& entry : fs::directory_iterator(path))
                if (entry.is_regular_file() && entry.path().filename() != "README.md")
                    inputs.push_back(entry.path());
        } else {
            inputs.push_back(path);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path& input : inputs) {
        std::ifstream in(input, std::ios::binary);
        if (!in) {
            std::cerr << "oblige_fuzz_replay: cannot read " << input << "\n";
            return 2;
        }
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::cout << input.generic_string() << " (" << bytes.size() << " bytes)" << std::endl;
        const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
        if (target == "obl")
            oblige::fuzz::run_obl(data, bytes.size());
        else
            oblige::fuzz::run_xml(data, bytes.size());
    }
    std::cout << inputs.size() << " inputs replayed\n";
    return 0;
}
