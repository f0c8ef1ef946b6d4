// A .crmw document is application/x-crm-workbench for the desktop, by its name and by its
// content, although it is an SQLite database: the shared-mime-info database is built from the
// system's definitions plus packaging/crm-workbench-mime.xml, and Qt reads it as file managers do.
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

bool run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

}  // namespace

class MimeTypeTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

  private slots:
    void initTestCase() {
        QVERIFY(run(QStringLiteral(INSTALL_DEPS), {}));  // update-mime-database
        const QString packages = dir_.filePath(QStringLiteral("share/mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            packages + QStringLiteral("/freedesktop.org.xml")));
        QVERIFY(QFile::copy(QStringLiteral(MIME_PACKAGE),
                            packages + QStringLiteral("/org.crmworkbench.CrmWorkbench.xml")));
        QVERIFY(run(QStringLiteral("update-mime-database"),
                    {dir_.filePath(QStringLiteral("share/mime"))}));
        // Only this database: Qt must not fall back on the system's or its own copy.
        qputenv("XDG_DATA_DIRS", dir_.filePath(QStringLiteral("share")).toUtf8());
        qputenv("XDG_DATA_HOME", dir_.filePath(QStringLiteral("home")).toUtf8());
        QVERIFY(run(QStringLiteral(CRMW_PROGRAM),
                    {QStringLiteral("new"), dir_.filePath(QStringLiteral("a.crmw")),
                     QStringLiteral("--company"), QStringLiteral("Mime Test Ltd")}));
        QVERIFY(QFile::copy(dir_.filePath(QStringLiteral("a.crmw")),
                            dir_.filePath(QStringLiteral("renamed.db"))));
        QVERIFY(QFile::copy(dir_.filePath(QStringLiteral("a.crmw")),
                            dir_.filePath(QStringLiteral("no-extension"))));
    }

    void ourTypeIsKnownWithItsNameAndParent() {
        const QMimeType type =
            QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-crm-workbench"));
        QVERIFY(type.isValid());
        QCOMPARE(type.comment(), QStringLiteral("CRM Strategy Workbench document"));
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QVERIFY(type.suffixes().contains(QStringLiteral("crmw")));
    }

    void aDocumentIsOursByItsName() {
        QCOMPARE(QMimeDatabase().mimeTypeForFile(dir_.filePath(QStringLiteral("a.crmw"))).name(),
                 QStringLiteral("application/x-crm-workbench"));
    }

    void aDocumentIsOursByItsContentUnderAnyName() {
        QMimeDatabase db;
        for (const char* name : {"renamed.db", "no-extension"})
            QCOMPARE(db.mimeTypeForFile(dir_.filePath(QString::fromLatin1(name)),
                                        QMimeDatabase::MatchContent)
                         .name(),
                     QStringLiteral("application/x-crm-workbench"));
    }

    void anotherSqliteFileStaysSqlite() {
        // The same header without our application id is any SQLite database.
        QFile ours(dir_.filePath(QStringLiteral("a.crmw")));
        QVERIFY(ours.open(QIODevice::ReadOnly));
        QByteArray header = ours.read(100);
        header.replace(68, 4, QByteArray(4, '\0'));
        QFile other(dir_.filePath(QStringLiteral("other.sqlite3")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(header);
        other.close();
        QCOMPARE(
            QMimeDatabase().mimeTypeForFile(other.fileName(), QMimeDatabase::MatchContent).name(),
            QStringLiteral("application/vnd.sqlite3"));
    }
};

QTEST_GUILESS_MAIN(MimeTypeTest)
#include "test_mime_type.moc"
