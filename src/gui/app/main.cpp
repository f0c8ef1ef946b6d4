// crm-workbench [FILE] — the facilitator's window.
// --screenshot-dir DIR saves PNGs of the welcome page, every step and the report export dialog
// at 1024x768, 1366x768 and 1920x1080, and exits.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include "crmw_version.h"
#include "gui/app/main_window.h"
#include "gui/app/screenshot_tour.h"
#include "gui/common/language.h"

namespace {

// ui/icons/crm-workbench.svg, with the PNGs the build renders from it for the usual sizes.
QIcon applicationIcon() {
    QIcon icon(QStringLiteral(":/icons/crm-workbench.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/crm-workbench-%1.png").arg(size), QSize(size, size));
    return icon;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("crm-workbench"));
    QApplication::setApplicationName(QStringLiteral("CRM Strategy Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CRMW_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    // Before any window text is made: CRMW_LANGUAGE, else View > Language, else the system's.
    crm::gui::installWindowLanguage(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The ten steps of a CRM strategy, for a workshop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The .crmw document to open."),
                                 QStringLiteral("[FILE]"));
    QCommandLineOption shots(QStringLiteral("screenshot-dir"),
                             QStringLiteral("Save a PNG of every step into DIR, then quit."),
                             QStringLiteral("DIR"));
    parser.addOption(shots);
    parser.process(app);

    // The tour starts from the default layout and leaves the user's settings (layout, recent
    // documents) as they were.
    if (parser.isSet(shots))
        QApplication::setApplicationName(QStringLiteral("CRM Strategy Workbench screenshots"));
    crm::gui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(shots)) {
        window.setDialogsEnabled(false);
        if (files.isEmpty() || !window.openFile(files.front())) {
            QTextStream(stderr) << "--screenshot-dir needs a document that opens\n";
            return 2;
        }
        window.show();
        const auto sizes = crm::gui::screenshotSizes();
        const auto written = crm::gui::saveStepScreenshots(window, parser.value(shots), sizes);
        for (const auto& f : written) QTextStream(stdout) << f << '\n';
        return written.size() == crm::gui::screenshotCount(sizes) ? 0 : 1;
    }
    window.show();
    if (!files.isEmpty()) window.openFile(files.front());
    return QApplication::exec();
}
