#include "settings/appsettings.h"

#include <QDate>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using fentu::AppSettings;

// The API key belongs in the keychain: AppSettings must offer no way to put it in a file.
template <typename T>
concept StoresAnApiKey = requires(T &s)
{
    s.setApiKey(QString());
}
|| requires(T &s)
{
    s.setKey(QString());
}
|| requires(const T &s)
{
    s.apiKey();
};
static_assert(!StoresAnApiKey<AppSettings>);

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A file left by an earlier run would make the defaults test meaningless.
        QFile::remove(AppSettings().fileName());
    }
    void cleanupTestCase() { QFile::remove(AppSettings().fileName()); }

    void usesTestLocation()
    {
        const QString file = AppSettings().fileName();
        QVERIFY2(file.contains(u"/.qttest/"_s), qPrintable(file));
        QVERIFY2(file.contains(u"Fentu"_s), qPrintable(file));
    }

    void defaultsOnFreshFile()
    {
        const AppSettings settings;
        QVERIFY(settings.baseUrl().isEmpty());
        QCOMPARE(settings.pageSize(), AppSettings::DefaultPageSize);
        QVERIFY(settings.lastFilter().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QVERIFY(settings.columnState().isEmpty());
        QCOMPARE(settings.workOffline(), false);
        QCOMPARE(settings.sandboxPort(), quint16(0));
        QCOMPARE(settings.appearance(), fentu::Appearance::System);
    }

    void roundTripThroughDisk()
    {
        const QVariantMap filter{{u"status"_s, QStringList{u"open"_s, u"scheduled"_s}},
                                 {u"search"_s, u"pump ä"_s},
                                 {u"from"_s, QDate(2024, 3, 1)}};
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
        {
            AppSettings settings;
            settings.setBaseUrl(QUrl(u"http://127.0.0.1:8080/api/v1"_s));
            settings.setPageSize(50);
            settings.setLastFilter(filter);
            settings.setWindowGeometry(geometry);
            settings.setWindowState(QByteArray(300, '\0'));
            settings.setColumnState("columns"_ba);
            settings.setWorkOffline(true);
            settings.setSandboxPort(45123);
            settings.sync();
            QVERIFY(QFile::exists(settings.fileName()));
        }
        const AppSettings reread;
        QCOMPARE(reread.baseUrl(), QUrl(u"http://127.0.0.1:8080/api/v1"_s));
        QCOMPARE(reread.pageSize(), 50);
        QCOMPARE(reread.lastFilter(), filter);
        QCOMPARE(reread.windowGeometry(), geometry);
        QCOMPARE(reread.windowState(), QByteArray(300, '\0'));
        QCOMPARE(reread.columnState(), "columns"_ba);
        QCOMPARE(reread.workOffline(), true);
        QCOMPARE(reread.sandboxPort(), quint16(45123));
    }

    void appearanceRoundTripsAsAWord()
    {
        using fentu::Appearance;
        for (const Appearance appearance :
             {Appearance::Dark, Appearance::Light, Appearance::System}) {
            {
                AppSettings settings;
                settings.setAppearance(appearance);
                settings.sync();
            }
            QCOMPARE(AppSettings().appearance(), appearance);
        }
        // A word a person can read and edit in the file, under "appearance".
        AppSettings settings;
        settings.setAppearance(Appearance::Dark);
        settings.sync();
        QSettings raw(settings.fileName(), QSettings::NativeFormat);
        QCOMPARE(raw.value(u"appearance"_s).toString(), u"dark"_s);
        // Anything else in the file is the default.
        raw.setValue(u"appearance"_s, u"purple"_s);
        raw.sync();
        QCOMPARE(AppSettings().appearance(), Appearance::System);
        raw.setValue(u"appearance"_s, 2);
        raw.sync();
        QCOMPARE(AppSettings().appearance(), Appearance::System);
        raw.remove(u"appearance"_s);
        raw.sync();
    }

    void sandboxPortOutOfRangeReadsAsNone()
    {
        // A hand-edited file: a value that is no port must not wrap around into one.
        QSettings raw(AppSettings().fileName(), QSettings::NativeFormat);
        raw.setValue(u"sandbox/port"_s, 70000);
        raw.sync();
        QCOMPARE(AppSettings().sandboxPort(), quint16(0));
        raw.setValue(u"sandbox/port"_s, u"http"_s);
        raw.sync();
        QCOMPARE(AppSettings().sandboxPort(), quint16(0));
    }

    void pageSizeStaysWithinApiLimits()
    {
        AppSettings settings;
        settings.setPageSize(500);
        QCOMPARE(settings.pageSize(), AppSettings::MaxPageSize);
        settings.setPageSize(0);
        QCOMPARE(settings.pageSize(), AppSettings::MinPageSize);
    }

    void rateLimitWaitStaysWithinItsRange()
    {
        AppSettings settings;
        QCOMPARE(settings.rateLimitWaitMinutes(), AppSettings::DefaultRateLimitWaitMinutes);
        settings.setRateLimitWaitMinutes(12);
        QCOMPARE(AppSettings().rateLimitWaitMinutes(), 12);
        settings.setRateLimitWaitMinutes(0);
        QCOMPARE(settings.rateLimitWaitMinutes(), AppSettings::MinRateLimitWaitMinutes);
        settings.setRateLimitWaitMinutes(10'000);
        QCOMPARE(settings.rateLimitWaitMinutes(), AppSettings::MaxRateLimitWaitMinutes);
        QSettings raw(settings.fileName(), QSettings::NativeFormat);
        raw.setValue(QStringLiteral("sync/rateLimitWaitMinutes"), QStringLiteral("soon"));
        raw.sync();
        QCOMPARE(AppSettings().rateLimitWaitMinutes(), AppSettings::DefaultRateLimitWaitMinutes);
        raw.remove(QStringLiteral("sync/rateLimitWaitMinutes"));
    }

    void boardPreferencesRoundTripAndFallBackToDefaults()
    {
        QCOMPARE(AppSettings().boardPreferences(), fentu::BoardPreferences());
        fentu::BoardPreferences chosen;
        chosen.boardShown = true;
        chosen.days = 14;
        chosen.workStart = QTime(6, 30);
        chosen.workEnd = QTime(22, 0);
        chosen.showNights = true;
        chosen.showWeekends = false;
        chosen.snapMinutes = 30;
        chosen.refreshSeconds = 0;
        chosen.defaultDurationMinutes = 90;
        chosen.clashesOnly = true;
        {
            AppSettings settings;
            settings.setBoardPreferences(chosen);
            settings.sync();
        }
        QCOMPARE(AppSettings().boardPreferences(), chosen);

        // Hand-edited nonsense reads as the defaults, field by field.
        {
            QSettings raw(AppSettings().fileName(), QSettings::IniFormat);
            raw.setValue(u"board/days"_s, 5);
            raw.setValue(u"board/workStart"_s, u"23:00"_s); // after the end (22:00)
            raw.setValue(u"board/snapMinutes"_s, 0);
            raw.setValue(u"board/refreshSeconds"_s, -4);
        }
        const fentu::BoardPreferences read = AppSettings().boardPreferences();
        const fentu::BoardPreferences defaults;
        QCOMPARE(read.days, defaults.days);
        QCOMPARE(read.workStart, defaults.workStart);
        QCOMPARE(read.workEnd, defaults.workEnd);
        QCOMPARE(read.snapMinutes, defaults.snapMinutes);
        QCOMPARE(read.refreshSeconds, defaults.refreshSeconds);
        QCOMPARE(read.defaultDurationMinutes, 90); // the valid ones stay
        AppSettings().setBoardPreferences(defaults);
    }

    void baseUrlDropsUserInfo()
    {
        {
            AppSettings settings;
            settings.setBaseUrl(QUrl(u"https://ann:secret-pw@api.example.com/v1"_s));
            settings.sync();
            QCOMPARE(settings.baseUrl(), QUrl(u"https://api.example.com/v1"_s));
        }
        QFile file(AppSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret-pw"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
