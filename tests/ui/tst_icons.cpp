// The embedded icons: the application icon in every size, and Fentu's own drawing of every
// toolbar icon, so that a system without an icon theme still shows them all.

#include "icons.h"

#include <QFile>
#include <QTest>

using namespace fentu;
using namespace Qt::StringLiterals;

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void applicationIconHasEverySize()
    {
        const QList<QSize> sizes = applicationIcon().availableSizes();
        for (const int size : {48, 128, 256})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }

    void everyActionIconHasAFallback_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"document-new", "document-edit", "edit-delete", "view-refresh",
                                 "preferences-system", "application-exit", "edit-find"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyActionIconHasAFallback()
    {
        QFETCH(QString, name);
        for (const int size : {16, 24, 48}) {
            const QString path = u":/icons/actions/%1-%2.png"_s.arg(name).arg(size);
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
        const QIcon icon = themedIcon(name);
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(24, 24).isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
