#include "boardtimeaxis.h"

#include "boardview.h"

#include "itemmodels/localdatetime.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace fentu {

BoardTimeAxis::BoardTimeAxis(BoardView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(u"boardTimeAxis"_s);
    connect(view, &BoardView::scaleChanged, this, qOverload<>(&QWidget::update));
}

QSize BoardTimeAxis::sizeHint() const
{
    return {200, fontMetrics().height() * 2 + 8};
}

void BoardTimeAxis::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    const BoardTimeScale &scale = m_view->scale();
    // The view's viewport starts inside its frame: line the columns up with it.
    const int offset = m_view->viewport()->mapTo(this->parentWidget(), QPoint(0, 0)).x() -
                       mapTo(this->parentWidget(), QPoint(0, 0)).x();
    const qreal left = offset + m_view->headerWidth();
    const int lineHeight = fontMetrics().height();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const bool oneDay = scale.columns().size() == 1;

    for (const BoardTimeScale::Column &column : scale.columns()) {
        const QRectF cell(left + column.left, 2, column.width, lineHeight + 2);
        QFont font = this->font();
        font.setBold(column.day == today);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::WindowText));
        // The longest name that fits: "Wed 9 Dec", then "Wed 9", then "9" (two weeks in a
        // narrow window), never an elided "Wed 9 …" that hides the date.
        QString name = oneDay ? locale.toString(column.day, QLocale::LongFormat)
                              : locale.toString(column.day, u"ddd d MMM"_s);
        if (!oneDay) {
            for (const QString &shorter : {u"ddd d"_s, u"d"_s}) {
                if (QFontMetricsF(font).horizontalAdvance(name) <= cell.width() - 8)
                    break;
                name = locale.toString(column.day, shorter);
            }
        }
        // Today's day is bold (and tinted on the board); on a one-day board it says so too.
        const QString label = column.day == today && oneDay ? tr("%1 (today)").arg(name) : name;
        if (column.day == today && !oneDay) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlphaF(0.12);
            painter.fillRect(QRectF(cell.left(), 0, cell.width(), height()), tint);
        }
        painter.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(label, Qt::ElideRight, cell.width() - 8));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(cell.left(), 0), QPointF(cell.left(), height()));

        // The hours: every hour on a day board, where there is room for the label.
        if (!oneDay)
            continue;
        painter.setFont(this->font());
        const QDateTime first = column.from.toLocalTime();
        QDateTime hour(first.date(), QTime(first.time().hour(), 0), Qt::LocalTime);
        if (hour < first)
            hour = hour.addSecs(3600);
        const QString format = LocalDateTime::timeFormat(locale);
        qreal lastRight = -1;
        for (; hour.toUTC() < column.until; hour = hour.addSecs(3600)) {
            const qreal x = left + scale.xOf(hour.toUTC());
            const QString text = locale.toString(hour.time(), format);
            const qreal width = fontMetrics().horizontalAdvance(text);
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawLine(QPointF(x, lineHeight + 4), QPointF(x, height()));
            if (x + 3 > lastRight && x + 3 + width < left + column.left + column.width) {
                painter.setPen(pal.color(QPalette::WindowText));
                painter.drawText(QPointF(x + 3, lineHeight * 2 + 2), text);
                lastRight = x + 3 + width + 6;
            }
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, height() - 1, width(), height() - 1);
}

} // namespace fentu
