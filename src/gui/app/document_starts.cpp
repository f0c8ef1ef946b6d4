#include "gui/app/document_starts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "gui/app/document_session.h"
#include "gui/common/language.h"
#include "gui/steps/catalog.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"

namespace crm::gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("crm::gui", text); }

Assessment readStart(const DocumentStart& start) {
    // A template in the window's language when there is one (templates/de/...).
    const QFileInfo relative(start.jsonFile);
    const QString path =
        localizedFile(resourcesDir() + QLatin1Char('/') + relative.path(), relative.fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw store::StoreError(store::StoreErrorKind::NotFound,
                                toStd(tr("%1 cannot be read").arg(path)));
    const QByteArray bytes = file.readAll();
    try {
        return store::importAssessmentJson(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const store::StoreError& e) {
        throw store::StoreError(e.kind(), toStd(path) + ": " + e.what());
    }
}

}  // namespace

const QList<DocumentStart>& documentStarts() {
    static const QList<DocumentStart> starts{
        {tr("A blank document"),
         tr("Ten empty steps to fill in; the capability list comes from the catalog."),
         {},
         false},
        {tr("The sample workshop"),
         tr("Quillmere Office Supply, two yearly cycles with every step filled in: to look around "
            "or practise. Its company details are replaced by yours."),
         QStringLiteral("samples/quillmere.json"), true},
        {tr("Template: B2B distributor"),
         tr("Wholesale to business customers on contracts: key accounts, re-order rates, "
            "delivery reliability and share of wallet."),
         QStringLiteral("templates/b2b-distributor.json"), false},
        {tr("Template: retailer"),
         tr("Shops and a web shop selling to consumers: loyalty members, basket size, visit "
            "frequency and repeat purchase."),
         QStringLiteral("templates/retailer.json"), false},
        {tr("Template: subscription business"),
         tr("Recurring plans billed monthly or yearly: churn, recurring revenue, onboarding and "
            "upgrades."),
         QStringLiteral("templates/subscription-business.json"), false},
    };
    return starts;
}

Assessment buildNewAssessment(const NewDocumentChoice& choice) {
    const auto& starts = documentStarts();
    const DocumentStart& start =
        starts.value(choice.start < 0 || choice.start >= starts.size() ? 0 : choice.start);
    Assessment a;
    if (start.jsonFile.isEmpty()) {
        a = store::Document::blankAssessment(choice.properties.companyName,
                                             toStd(choice.cycleName));
    } else {
        a = readStart(start);
        if (!start.keepsCycles && a.cycles.size() == 1)  // a template: one unnamed cycle
            a.cycles.front().name = toStd(choice.cycleName);
    }
    a.setProperties(choice.properties);
    return a;
}

}  // namespace crm::gui
