// A damaged document on open: the window offers a recovered copy in the message area, makes it
// beside the original, opens it, and never writes the original or an existing file.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include "gui/app/document_session.h"
#include "gui/app/recovery_offer.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The sample with `length` bytes in its middle overwritten by 0xA5: some pages stay readable.
QByteArray damagedSample(const QString& samplePath, qsizetype length) {
    QByteArray bytes = readAll(samplePath);
    const qsizetype at = bytes.size() / 2;
    for (qsizetype i = at; i < std::min(bytes.size(), at + length); ++i) bytes[i] = char(0xA5);
    return bytes;
}

}  // namespace

class GuiRecoveryTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void damagedFileOpensAsARecoveredCopy();
    void existingCopyIsNeverOverwritten();
    void unreadableFileSaysNothingCouldBeSaved();
};

void GuiRecoveryTest::damagedFileOpensAsARecoveredCopy() {
    GuiFixture fx;
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("workshop.crmw"));
    fx.window().closeDocument();
    const QByteArray bytes = damagedSample(fx.path(), 4096);
    writeAll(damaged, bytes);

    QVERIFY(!fx.window().openFile(damaged));
    auto* offer = fx.window().recoveryOffer();
    QVERIFY(offer->pending());
    QVERIFY2(fx.window().messageBanner()->text().contains(QStringLiteral("damaged")),
             qPrintable(fx.window().messageBanner()->text()));
    QVERIFY(!fx.window().session().isOpen());

    QVERIFY2(offer->accept(), qPrintable(fx.window().messageBanner()->text()));
    const QString copy = dir.filePath(QStringLiteral("workshop (recovered).crmw"));
    QCOMPARE(QFileInfo(fx.window().session().path()).absoluteFilePath(),
             QFileInfo(copy).absoluteFilePath());
    QVERIFY(fx.window().session().cycle() != nullptr);
    QVERIFY(fx.window().messageBanner()->text().contains(QStringLiteral("recovered copy")));
    QVERIFY(readAll(damaged) == bytes);  // the original, byte for byte
    QVERIFY(!offer->pending());
}

void GuiRecoveryTest::existingCopyIsNeverOverwritten() {
    GuiFixture fx;
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("workshop.crmw"));
    const QString taken = dir.filePath(QStringLiteral("workshop (recovered).crmw"));
    fx.window().closeDocument();
    writeAll(damaged, damagedSample(fx.path(), 4096));
    writeAll(taken, QByteArray("an earlier copy the user kept"));

    QVERIFY(!fx.window().openFile(damaged));
    QVERIFY(fx.window().recoveryOffer()->accept());
    QVERIFY(fx.window().session().path() != taken);
    QCOMPARE(QFileInfo(fx.window().session().path()).dir().absolutePath(),
             QDir(dir.path()).absolutePath());
    QCOMPARE(readAll(taken), QByteArray("an earlier copy the user kept"));
}

void GuiRecoveryTest::unreadableFileSaysNothingCouldBeSaved() {
    GuiFixture fx;
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("workshop.crmw"));
    // Only the 100-byte SQLite header survives; every page after it is noise.
    QByteArray bytes = readAll(fx.path());
    for (qsizetype i = 100; i < bytes.size(); ++i) bytes[i] = char(0xA5);
    writeAll(damaged, bytes);

    QVERIFY(!fx.window().openFile(damaged));
    auto* offer = fx.window().recoveryOffer();
    QVERIFY(offer->pending());
    QVERIFY(!offer->accept());
    QVERIFY2(fx.window().messageBanner()->text().contains(QStringLiteral("Nothing in")),
             qPrintable(fx.window().messageBanner()->text()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("workshop.crmw")});
    QVERIFY(readAll(damaged) == bytes);
    QVERIFY(fx.window().session().isOpen());  // the sample stays open
}

QTEST_MAIN(GuiRecoveryTest)
#include "test_gui_recovery.moc"
