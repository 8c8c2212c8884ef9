// The status and priority badges and the marks of the table and the board (clash, late, now,
// pending, ...): readable colours for every value in the light and the dark scheme (WCAG
// contrast ratios), and a painted badge that carries the value's name as well as its colour.

#include "appearancepalettes.h"
#include "badgestyle.h"
#include "contrast.h"
#include "markcolours.h"
#include "statusbadgedelegate.h"

#include "itemmodels/workordertablemodel.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

constexpr ColourScheme kSchemes[] = {ColourScheme::Light, ColourScheme::Dark};

double contrast(const QColor &a, const QColor &b)
{
    return contrastRatio(a, b);
}

const char *nameOf(ColourScheme scheme)
{
    return scheme == ColourScheme::Dark ? "dark" : "light";
}

/// The palette a scheme is meant for: Settings ▸ Appearance's own.
QPalette paletteOf(ColourScheme scheme)
{
    return scheme == ColourScheme::Dark ? darkAppearancePalette() : lightAppearancePalette();
}

QByteArray what(const QString &name, ColourScheme scheme, double ratio)
{
    return u"%1 (%2): %3:1"_s.arg(name, QLatin1StringView(nameOf(scheme))).arg(ratio, 0, 'f', 2)
        .toUtf8();
}

int countPixels(const QImage &image, const QColor &color, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - color.red()) <= tolerance &&
                qAbs(pixel.green() - color.green()) <= tolerance &&
                qAbs(pixel.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestStatusBadges : public QObject
{
    Q_OBJECT

private slots:
    void everyValueIsReadable()
    {
        for (const ColourScheme scheme : kSchemes) {
            for (const Status status : kAllStatuses) {
                const BadgeStyle style = badgeStyle(status, scheme);
                const double ratio = contrast(style.background, style.text);
                QVERIFY2(ratio >= 4.5, what(statusToApi(status), scheme, ratio));
            }
            for (const Priority priority : kAllPriorities) {
                const BadgeStyle style = badgeStyle(priority, scheme);
                const double ratio = contrast(style.background, style.text);
                QVERIFY2(ratio >= 4.5, what(priorityToApi(priority), scheme, ratio));
            }
            for (const BadgeStyle &unknown :
                 {badgeStyle(Status::Unknown, scheme), badgeStyle(Priority::Unknown, scheme)}) {
                const double ratio = contrast(unknown.background, unknown.text);
                QVERIFY2(ratio >= 4.5, what(u"unknown"_s, scheme, ratio));
            }
        }
    }

    void everyValueLooksDifferent()
    {
        for (const ColourScheme scheme : kSchemes) {
            QSet<QString> statusLooks;
            for (const Status status : kAllStatuses) {
                const BadgeStyle style = badgeStyle(status, scheme);
                statusLooks.insert(style.background.name() + style.text.name() +
                                   (style.dashed ? u"dashed"_s : QString()));
            }
            QCOMPARE(statusLooks.size(), int(kAllStatuses.size()));
            QSet<QString> priorityLooks;
            for (const Priority priority : kAllPriorities)
                priorityLooks.insert(badgeStyle(priority, scheme).background.name());
            QCOMPARE(priorityLooks.size(), int(kAllPriorities.size()));
        }
    }

    /// Each scheme is the one chosen for the palette it is made for, and the marks drawn
    /// straight on that palette's Base and Window stand out: shapes by 3:1, words by 4.5:1.
    void marksStandOutOnTheirBackground()
    {
        for (const ColourScheme scheme : kSchemes) {
            const QPalette palette = paletteOf(scheme);
            QCOMPARE(colourSchemeOf(palette), scheme);
            const MarkColours marks = markColours(scheme);
            const QColor base = palette.color(QPalette::Base);
            const QColor window = palette.color(QPalette::Window);
            const QColor alternate = palette.color(QPalette::AlternateBase); // weekends
            const struct
            {
                QString name;
                QColor colour;
                double least;
            } checks[] = {
                {u"clash"_s, marks.clash, 3.0},     {u"late"_s, marks.late, 3.0},
                {u"changed"_s, marks.changed, 3.0}, {u"refused"_s, marks.refused, 3.0},
                {u"now line"_s, marks.nowLine, 3.0}, {u"pending rim"_s, marks.pendingRim, 3.0},
                {u"overbooked"_s, marks.overbooked, 4.5},
                {u"problem text"_s, marks.problemText, 4.5},
                {u"success text"_s, marks.successText, 4.5},
            };
            for (const auto &check : checks) {
                for (const QColor &background : {base, window, alternate}) {
                    const double ratio = contrast(check.colour, background);
                    QVERIFY2(ratio >= check.least, what(check.name, scheme, ratio));
                }
            }
            // The clock's hands on its face.
            const double hands = contrast(marks.pendingHands, marks.pendingFace);
            QVERIFY2(hands >= 4.5, what(u"pending hands"_s, scheme, hands));
        }
    }

    /// The system palettes decide the scheme too: Qt's default (light) and a dark one.
    void schemeFollowsThePalette()
    {
        QPalette light(Qt::black, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::Base, Qt::white);
        QCOMPARE(colourSchemeOf(light), ColourScheme::Light);
        QPalette dark(Qt::white, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        QCOMPARE(colourSchemeOf(dark), ColourScheme::Dark);
    }

    /// Every text of Settings ▸ Appearance's palettes on the surface it is drawn on.
    void appearancePalettesAreReadable()
    {
        for (const ColourScheme scheme : kSchemes) {
            const QPalette p = paletteOf(scheme);
            const struct
            {
                QString name;
                QPalette::ColorGroup group;
                QPalette::ColorRole text, background;
                double least;
            } pairs[] = {
                {u"window text"_s, QPalette::Active, QPalette::WindowText, QPalette::Window, 4.5},
                {u"text"_s, QPalette::Active, QPalette::Text, QPalette::Base, 4.5},
                {u"text, alternate row"_s, QPalette::Active, QPalette::Text,
                 QPalette::AlternateBase, 4.5},
                {u"button text"_s, QPalette::Active, QPalette::ButtonText, QPalette::Button, 4.5},
                {u"highlighted text"_s, QPalette::Active, QPalette::HighlightedText,
                 QPalette::Highlight, 4.5},
                {u"inactive highlighted text"_s, QPalette::Inactive, QPalette::HighlightedText,
                 QPalette::Highlight, 4.5},
                {u"link"_s, QPalette::Active, QPalette::Link, QPalette::Base, 4.5},
                {u"visited link"_s, QPalette::Active, QPalette::LinkVisited, QPalette::Base, 4.5},
                {u"tooltip"_s, QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase, 4.5},
                {u"placeholder"_s, QPalette::Active, QPalette::PlaceholderText, QPalette::Base,
                 4.5},
                {u"placeholder on window"_s, QPalette::Active, QPalette::PlaceholderText,
                 QPalette::Window, 4.5},
                // WCAG asks nothing of disabled controls; they must still be legible.
                {u"disabled text"_s, QPalette::Disabled, QPalette::Text, QPalette::Base, 3.0},
                {u"disabled window text"_s, QPalette::Disabled, QPalette::WindowText,
                 QPalette::Window, 3.0},
                {u"disabled button text"_s, QPalette::Disabled, QPalette::ButtonText,
                 QPalette::Button, 3.0},
                {u"disabled highlighted text"_s, QPalette::Disabled, QPalette::HighlightedText,
                 QPalette::Highlight, 3.0},
            };
            for (const auto &pair : pairs) {
                const double ratio = contrast(p.color(pair.group, pair.text),
                                              p.color(pair.group, pair.background));
                QVERIFY2(ratio >= pair.least, what(pair.name, scheme, ratio));
            }
            // The grid and the frames: lines that must be seen, though they carry no meaning.
            const double grid = contrast(p.color(QPalette::Mid), p.color(QPalette::Base));
            QVERIFY2(grid >= 1.8, what(u"grid line"_s, scheme, grid));
            const double weekend =
                contrast(p.color(QPalette::AlternateBase), p.color(QPalette::Base));
            QVERIFY2(weekend >= 1.08, what(u"weekend shade"_s, scheme, weekend));
        }
    }

    void paintsBadgeWithText_data()
    {
        QTest::addColumn<int>("status");
        for (const Status status : kAllStatuses)
            QTest::newRow(qPrintable(statusToApi(status))) << static_cast<int>(status);
    }

    void paintsBadgeWithText()
    {
        QFETCH(int, status);
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, statusDisplayName(static_cast<Status>(status)), Qt::DisplayRole);
        model.setData(index, status, WorkOrderTableModel::StatusRole);

        StatusBadgeDelegate delegate(StatusBadgeDelegate::Kind::Status);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 160, 32);
        option.state = QStyle::State_Enabled;
        option.palette.setColor(QPalette::Base, Qt::white);
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        const BadgeStyle style = badgeStyle(static_cast<Status>(status), ColourScheme::Light);
        // The badge's own colour fills a real area, and text pixels in its text colour are on
        // it: the name is written, not only the colour shown.
        QVERIFY(countPixels(image, style.background, 2) > 100);
        QVERIFY(countPixels(image, style.text, 40) > 15);
        // A size hint leaves room for the whole name.
        QVERIFY(delegate.sizeHint(option, index).width() >
                QFontMetrics(option.font)
                    .horizontalAdvance(statusDisplayName(static_cast<Status>(status))));
    }

    /// On a dark table the badge takes the dark scheme's colours from the view's palette.
    void paintsDarkBadgeOnDarkPalette()
    {
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, statusDisplayName(Status::Open), Qt::DisplayRole);
        model.setData(index, static_cast<int>(Status::Open), WorkOrderTableModel::StatusRole);
        StatusBadgeDelegate delegate(StatusBadgeDelegate::Kind::Status);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 160, 32);
        option.state = QStyle::State_Enabled;
        option.palette = darkAppearancePalette();
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(option.palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        QVERIFY(countPixels(image, badgeStyle(Status::Open, ColourScheme::Dark).background, 2) >
                100);
        // (A few antialiased edge pixels may come near it by chance.)
        QVERIFY(countPixels(image, badgeStyle(Status::Open, ColourScheme::Light).background, 2) <
                20);
    }

    void emptyValueDrawsNoBadge()
    {
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, static_cast<int>(Priority::Unknown),
                      WorkOrderTableModel::PriorityRole);
        StatusBadgeDelegate delegate(StatusBadgeDelegate::Kind::Priority);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 120, 32);
        option.state = QStyle::State_Enabled;
        option.palette.setColor(QPalette::Base, Qt::white);
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        QCOMPARE(countPixels(image, Qt::white, 0), image.width() * image.height());
    }
};

QTEST_MAIN(TestStatusBadges)
#include "tst_statusbadges.moc"
