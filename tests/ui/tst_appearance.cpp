// Settings ▸ Appearance put into effect: Light and Dark make the whole application light or
// dark (Fusion with an explicit palette), System goes back to the desktop's style and palette,
// and the widgets that paint for themselves (the table's badges, the board) are told.

#include "appearancepalettes.h"
#include "appearanceswitcher.h"
#include "colourscheme.h"
#include "contrast.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QTest>
#include <QWidget>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

double windowLuminance()
{
    return relativeLuminance(QApplication::palette().color(QPalette::Window));
}

/// Counts the palette changes a widget is told about.
class PaletteWatcher : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT
private slots:
    void lightAndDarkChangeTheApplicationAndSystemRestoresIt()
    {
        const QString systemStyle = QApplication::style()->name();
        const QPalette systemPalette = QApplication::palette();
        AppearanceSwitcher switcher;
        QCOMPARE(switcher.current(), Appearance::System);
        QCOMPARE(switcher.systemStyleName(), systemStyle);

        PaletteWatcher widget;
        widget.show();

        switcher.apply(Appearance::Dark);
        QCOMPARE(switcher.current(), Appearance::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY2(windowLuminance() < 0.05, QByteArray::number(windowLuminance()));
        QCOMPARE(colourSchemeOf(QApplication::palette()), ColourScheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 darkAppearancePalette().color(QPalette::Base));
        // Widgets hear of it from the event loop.
        QTRY_COMPARE(colourSchemeOf(widget.palette()), ColourScheme::Dark);
        QTRY_VERIFY(widget.changes > 0);

        const int before = widget.changes;
        switcher.apply(Appearance::Light);
        QVERIFY2(windowLuminance() > 0.7, QByteArray::number(windowLuminance()));
        QCOMPARE(colourSchemeOf(QApplication::palette()), ColourScheme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Text),
                 lightAppearancePalette().color(QPalette::Text));
        QTRY_VERIFY(widget.changes > before);

        switcher.apply(Appearance::Dark);
        switcher.apply(Appearance::System);
        QCOMPARE(switcher.current(), Appearance::System);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        for (const auto role : {QPalette::Window, QPalette::WindowText, QPalette::Base,
                                QPalette::Text, QPalette::Highlight, QPalette::PlaceholderText})
            QCOMPARE(QApplication::palette().color(role), systemPalette.color(role));
        QTRY_COMPARE(widget.palette().color(QPalette::Window),
                     systemPalette.color(QPalette::Window));
    }

    void applyingTheSameAgainChangesNothing()
    {
        AppearanceSwitcher switcher;
        switcher.apply(Appearance::Dark);
        const QStyle *style = QApplication::style();
        switcher.apply(Appearance::Dark);
        QCOMPARE(QApplication::style(), style); // no re-polish of every widget for nothing
        switcher.apply(Appearance::System);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
