#include "gui/help/about_dialog.h"
#include "gui/common/screen_room.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "crmw_version.h"

namespace crm::gui {

namespace {

struct Library {
    const char* name;
    const char* use;
    const char* licence;
};

// What the two programs link or compile in (docs/dependencies.md), and the licence of each.
constexpr Library kLibraries[] = {
    {"Qt 6", "the window, charts, PDF", "LGPL-3.0-only"},
    {"SQLite", "the document file", "public domain"},
    {"{fmt}", "text formatting", "MIT"},
    {"nlohmann/json", "JSON import and export", "MIT"},
    {"date (Howard Hinnant)", "calendar dates", "MIT"},
    {"Boost.Math", "the lifetime-value models' special functions", "BSL-1.0"},
    {"NLopt", "fitting the lifetime-value models", "LGPL-2.1-or-later and MIT"},
    {"libzip", "the OpenDocument report", "BSD-3-Clause"},
    {"zlib", "compression inside libzip and Qt", "Zlib"},
    {"libxlsxwriter", "the action plan as a spreadsheet", "BSD-2-Clause"},
    {"CLI11", "the crmw command line", "BSD-3-Clause"},
};

QString licenceText() {
    QFile file(QStringLiteral(":/about/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

QString aboutHtml() {
    QString rows;
    for (const Library& library : kLibraries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(QString::fromUtf8(library.name).toHtmlEscaped(),
                         QString::fromUtf8(library.use).toHtmlEscaped(),
                         QString::fromUtf8(library.licence));
    return QStringLiteral(
               "<h2>CRM Strategy Workbench</h2>"
               "<p><b>%1</b></p><p>%2</p>"
               "<h3>%5</h3><p>%6</p>"
               "<table cellpadding=\"3\"><tr><th align=\"left\">%7</th>"
               "<th align=\"left\">%8</th><th align=\"left\">%9</th></tr>%10</table>"
               "<h3>%3</h3><pre>%4</pre>")
        .arg(QObject::tr("Version %1").arg(QStringLiteral(CRMW_VERSION)),
             QObject::tr("The ten steps of a CRM strategy, for a workshop: one file per "
                         "company, a report for the executives, a new cycle every year."),
             QObject::tr("Licence: MIT"), licenceText().toHtmlEscaped(), QObject::tr("Libraries"),
             QObject::tr("The workbench is built on these libraries, each under its own "
                         "licence:"),
             QObject::tr("Library"), QObject::tr("Used for"), QObject::tr("Licence"))
        .arg(rows);
}

AboutDialog::AboutDialog(QWidget& parent) : QDialog(&parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CRM Strategy Workbench"));
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/crm-workbench.svg")).pixmap(64, 64));
    text_ = new QTextBrowser;
    text_->setObjectName(QStringLiteral("aboutText"));
    text_->setOpenExternalLinks(true);
    text_->setHtml(aboutHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text_, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, QSize(620, 600));
}

}  // namespace crm::gui
