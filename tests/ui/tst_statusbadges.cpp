// The status and priority badges: readable colours for every value, and a painted badge that
// carries the value's name as well as its colour.

#include "badgestyle.h"
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

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
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
        for (const Status status : kAllStatuses) {
            const BadgeStyle style = badgeStyle(status);
            QVERIFY2(contrast(style.background, style.text) >= 4.5,
                     qPrintable(statusToApi(status)));
        }
        for (const Priority priority : kAllPriorities) {
            const BadgeStyle style = badgeStyle(priority);
            QVERIFY2(contrast(style.background, style.text) >= 4.5,
                     qPrintable(priorityToApi(priority)));
        }
        const BadgeStyle unknown = badgeStyle(Status::Unknown);
        QVERIFY(contrast(unknown.background, unknown.text) >= 4.5);
    }

    void everyValueLooksDifferent()
    {
        QSet<QString> statusLooks;
        for (const Status status : kAllStatuses) {
            const BadgeStyle style = badgeStyle(status);
            statusLooks.insert(style.background.name() + style.text.name() +
                               (style.dashed ? u"dashed"_s : QString()));
        }
        QCOMPARE(statusLooks.size(), int(kAllStatuses.size()));
        QSet<QString> priorityLooks;
        for (const Priority priority : kAllPriorities)
            priorityLooks.insert(badgeStyle(priority).background.name());
        QCOMPARE(priorityLooks.size(), int(kAllPriorities.size()));
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
        const BadgeStyle style = badgeStyle(static_cast<Status>(status));
        // The badge's own colour fills a real area, and text pixels in its text colour are on
        // it: the name is written, not only the colour shown.
        QVERIFY(countPixels(image, style.background, 2) > 100);
        QVERIFY(countPixels(image, style.text, 40) > 15);
        // A size hint leaves room for the whole name.
        QVERIFY(delegate.sizeHint(option, index).width() >
                QFontMetrics(option.font)
                    .horizontalAdvance(statusDisplayName(static_cast<Status>(status))));
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
