#pragma once
// Poppler's command-line tools (pdftotext, pdfinfo, pdfimages) as functions for the tests.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace crm::report::testing {

inline std::string runCommand(const std::string& command) {
    std::string out;
    if (FILE* pipe = popen((command + " 2>&1").c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
        pclose(pipe);
    }
    return out;
}

inline std::filesystem::path scratchDir() {
    auto dir = std::filesystem::temp_directory_path() /
               ("crmw-report-tests-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::string pdfPageText(const std::string& pdf, int page) {
    return runCommand("pdftotext -layout -f " + std::to_string(page) + " -l " +
                      std::to_string(page) + " '" + pdf + "' -");
}

inline int pdfPageCount(const std::string& pdf) {
    const std::string info = runCommand("pdfinfo '" + pdf + "'");
    auto pos = info.find("Pages:");
    return pos == std::string::npos ? -1 : std::stoi(info.substr(pos + 6));
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline const std::vector<std::string> kSectionTitles = {"1 Business strategy",
                                                        "2 Current metrics",
                                                        "3 Customer pain",
                                                        "4 Relationship state",
                                                        "5 What matters to customers",
                                                        "6 Segments & objectives",
                                                        "7 Segment treatment",
                                                        "8 Monitoring metrics",
                                                        "9 Alignment",
                                                        "10 Capabilities",
                                                        "Recommendations",
                                                        "A Methodology"};

inline std::string collapseSpaces(const std::string& text) {
    return std::regex_replace(text, std::regex("[ ]+"), " ");
}

// The page the contents page lists for a heading ("4 Relationship state .... 9" -> 9), or -1.
inline int tocPage(const std::string& toc, const std::string& title) {
    std::istringstream in(toc);
    std::smatch m;
    for (std::string line; std::getline(in, line);)
        if (line.find(title) != std::string::npos &&
            std::regex_search(line, m, std::regex(R"((\d+)\s*$)")))
            return std::stoi(m[1]);
    return -1;
}

// pdfimages -list prints two header lines and one line per image.
inline int pdfImageCount(const std::string& pdf) {
    std::istringstream lines(runCommand("pdfimages -list '" + pdf + "'"));
    int rows = 0;
    for (std::string line; std::getline(lines, line);) ++rows;
    return rows - 2;
}

}  // namespace crm::report::testing
