// Catch2 runner for the PDF tests: fonts need a QGuiApplication, offscreen so no display is
// needed (also when ctest lists the tests).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

#include <filesystem>

#include "pdf_tools.h"

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    // The PDFs of this run stay for a look when something failed or CRMW_KEEP_TEST_FILES is set.
    const auto dir = std::filesystem::temp_directory_path() /
                     ("crmw-report-tests-" + std::to_string(::getpid()));
    if (failed == 0 && qEnvironmentVariableIsEmpty("CRMW_KEEP_TEST_FILES"))
        std::filesystem::remove_all(dir);
    return failed;
}
