#include "boardbaritem.h"

#include "badgestyle.h"
#include "markcolours.h"

#include "domain/priority.h"
#include "domain/status.h"
#include "itemmodels/localdatetime.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString statusText(const WorkOrderSummary &order)
{
    return order.status == Status::Unknown ? order.statusText : statusDisplayName(order.status);
}

/// A glyph beside the colour for every status, so that even a bar too narrow for the status
/// word does not say it by colour alone.
QString statusGlyph(Status status)
{
    switch (status) {
    case Status::Open:
        return u"○"_s;
    case Status::Assigned:
        return u"●"_s;
    case Status::Completed:
        return u"✓"_s;
    case Status::InProgress:
        return u"▶"_s;
    case Status::OnHold:
        return u"‖"_s;
    case Status::Cancelled:
        return u"✕"_s;
    case Status::Draft:
        return u"✎"_s;
    default:
        return {};
    }
}

QString priorityMark(Priority priority)
{
    switch (priority) {
    case Priority::Urgent:
        return u"!!"_s;
    case Priority::High:
        return u"!"_s;
    default:
        return {};
    }
}

QString numberOf(const WorkOrderSummary &order)
{
    return order.number.isEmpty() ? order.id : order.number;
}

} // namespace

QString BoardBarItem::labelText() const
{
    // The number, which a dispatcher reads first; the words Late and Clash after it (the
    // stripe and the outline say the same where they no longer fit); then why the server
    // refused the last move, said on the bar itself, or the customer: the first to be elided.
    const WorkOrderSummary &order = m_bar.order;
    QString label = numberOf(order);
    QStringList words;
    if (m_bar.late)
        words.append(tr("Late"));
    if (m_bar.clash)
        words.append(tr("Clash"));
    if (!words.isEmpty())
        label += u"  "_s + words.join(u' ');
    if (!m_marks.refusal.isEmpty())
        label += u" · "_s + tr("Not moved: %1").arg(m_marks.refusal.simplified());
    else if (!order.customer.name.isEmpty())
        label += u" · "_s + order.customer.name;
    return label;
}

BoardBarItem::BoardBarItem(const BoardBar &bar, const QSizeF &size, const Marks &marks)
    : m_bar(bar), m_size(size), m_marks(marks)
{
}

void BoardBarItem::setMarks(const Marks &marks)
{
    m_marks = marks;
    update();
}

QRectF BoardBarItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4)); // the outlines reach past the bar
}

QString BoardBarItem::accessibleText() const
{
    const WorkOrderSummary &order = m_bar.order;
    QStringList parts{numberOf(order), order.customer.name, statusText(order)};
    if (order.priority == Priority::High || order.priority == Priority::Urgent)
        parts.append(priorityDisplayName(order.priority));
    if (m_bar.late)
        parts.append(tr("Late"));
    if (m_bar.clash)
        parts.append(tr("Clash"));
    if (m_bar.assumedDuration)
        parts.append(tr("No duration given"));
    if (m_marks.pending)
        parts.append(tr("Not yet sent"));
    if (m_marks.changedElsewhere)
        parts.append(tr("Just changed by someone else"));
    if (!m_marks.refusal.isEmpty())
        parts.append(tr("Not moved: %1").arg(m_marks.refusal));
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

QString BoardBarItem::toolTipText() const
{
    const WorkOrderSummary &order = m_bar.order;
    QStringList lines;
    lines.append(numberOf(order) + u" — "_s + order.customer.name);
    if (!order.customer.address.isEmpty())
        lines.append(order.customer.address);
    const QString from = LocalDateTime::shortText(m_bar.start);
    const QString until = m_bar.end.toLocalTime().toString(LocalDateTime::timeFormat());
    lines.append(m_bar.assumedDuration
                     ? tr("%1 – %2 (no duration given: %3 min assumed)")
                           .arg(from, until)
                           .arg(m_bar.start.secsTo(m_bar.end) / 60)
                     : tr("%1 – %2").arg(from, until));
    lines.append(tr("Status: %1").arg(statusText(order)));
    if (order.priority != Priority::Unknown)
        lines.append(tr("Priority: %1").arg(priorityDisplayName(order.priority)));
    if (!order.workOrderType.isEmpty())
        lines.append(tr("Type: %1").arg(order.workOrderType));
    if (m_bar.late)
        lines.append(order.status == Status::InProgress ? tr("Late: should have ended by now")
                                                        : tr("Late: should have started by now"));
    if (m_bar.clash)
        lines.append(tr("Clash: overlaps another order of the same technician"));
    if (m_marks.pending)
        lines.append(tr("A change made here is not on the server yet"));
    if (m_marks.changedElsewhere)
        lines.append(tr("Just changed by someone else"));
    if (!m_marks.refusal.isEmpty())
        lines.append(tr("Not moved: %1").arg(m_marks.refusal));
    return lines.join(u'\n');
}

void BoardBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    const WorkOrderSummary &order = m_bar.order;
    const QPalette palette = widget ? widget->palette() : QPalette();
    const BadgeStyle style = badgeStyle(order.status, colourSchemeOf(palette));
    const MarkColours colours = markColours(colourSchemeOf(palette)); // clash, late, ...
    const QRectF box(QPointF(0, 0), m_size);
    if (m_size.width() < 14) {
        // A sliver on a four-week board: colour, clash, late and selection in a plain box; no
        // text fits and rounded, faded, antialiased shapes would cost every frame of a drag.
        painter->fillRect(box, m_bar.late ? colours.late : style.background);
        QColor edge = m_bar.clash ? colours.clash : style.background.darker(130);
        if (m_marks.selected || m_marks.current)
            edge = palette.color(QPalette::Highlight);
        painter->setPen(QPen(edge, m_bar.clash || m_marks.selected ? 2 : 1));
        painter->drawRect(box);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_marks.changedElsewhere) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.changed);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), 5, 5);
    }

    // The body: the status badge's colours. A length that is only assumed fades out to the
    // right, so it does not look like a promise.
    QBrush fill(style.background);
    if (m_bar.assumedDuration) {
        QLinearGradient fade(box.topLeft(), box.topRight());
        fade.setColorAt(0.0, style.background);
        fade.setColorAt(0.6, style.background);
        QColor faded = style.background;
        faded.setAlphaF(0.35);
        fade.setColorAt(1.0, faded);
        fill = QBrush(fade);
    }
    QPen outline(style.border.isValid() ? style.border : style.background.darker(130), 1);
    if (style.dashed || m_bar.assumedDuration)
        outline.setStyle(Qt::DashLine);
    if (m_bar.clash)
        outline = QPen(colours.clash, 2.5);
    if (!m_marks.refusal.isEmpty())
        outline = QPen(colours.refused, 2.5, Qt::DotLine);
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 4, 4);

    // Late: a solid stripe down the left edge (colour) and the word in the label (text).
    qreal textLeft = 5;
    if (m_bar.late) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.late);
        painter->drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2);
        textLeft += 4;
    }

    if (m_marks.selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), m_marks.current ? 3 : 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-1, -1, 1, 1), 5, 5);
    } else if (m_marks.current) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-1, -1, 1, 1), 5, 5);
    }

    // The label: the short marks first (they must not be elided away), then the rest, then the
    // status word at the right when there is room.
    QStringList marks;
    const QString glyph = statusGlyph(order.status);
    if (!glyph.isEmpty())
        marks.append(glyph);
    if (!m_marks.refusal.isEmpty())
        marks.append(u"⛔"_s);
    if (m_marks.pending)
        marks.append(u"◷"_s); // a clock: the change waits to be sent
    const QString priority = priorityMark(order.priority);
    if (!priority.isEmpty())
        marks.append(priority);
    const QString label = labelText();
    const QString status = statusText(order);

    QFont font = widget ? widget->font() : QFont();
    font.setBold(style.bold);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    QRectF textBox = box.adjusted(textLeft, 0, -4, 0);
    if (textBox.width() < 6)
        return;
    painter->setPen(style.text);
    QString line = marks.isEmpty() ? label : marks.join(u' ') + u"  "_s + label;
    // The status word goes at the right when the whole label and it fit; otherwise the label
    // alone, elided (the colour and the tooltip still say the status).
    const qreal statusWidth = metrics.horizontalAdvance(status) + 12;
    if (metrics.horizontalAdvance(line) + statusWidth <= textBox.width()) {
        painter->drawText(textBox, Qt::AlignVCenter | Qt::AlignRight, status);
    }
    const QString prefix = marks.isEmpty() ? QString() : marks.join(u' ') + u"  "_s;
    const qreal numberEnd = metrics.horizontalAdvance(prefix + numberOf(order));
    if (numberEnd <= textBox.width() && metrics.horizontalAdvance(line) > textBox.width()) {
        // The number fits but not all that follows it: the number whole, the rest elided.
        const QString rest = line.mid((prefix + numberOf(order)).size());
        line = prefix + numberOf(order) +
               metrics.elidedText(rest, Qt::ElideRight, textBox.width() - numberEnd);
        painter->drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, line);
        return;
    }
    if (numberEnd > textBox.width()) {
        // Not even the number fits: its end tells orders apart ("898"), its start is the
        // same for all of them ("WO-2026-"); then as much of the customer as fits, which is
        // what a supervisor recognises an order by.
        const QString number = numberOf(order);
        const QString tail = number.mid(number.lastIndexOf(u'-') + 1);
        const qreal room = textBox.width() - metrics.horizontalAdvance(prefix);
        if (metrics.horizontalAdvance(tail) > room) {
            line = prefix + metrics.elidedText(tail, Qt::ElideLeft, std::max(0.0, room));
        } else {
            line = prefix + tail;
            // The customer only when at least its first letter and the ellipsis fit: never
            // at the cost of the number's own last digits.
            const QString customer = order.customer.name;
            if (!customer.isEmpty() &&
                metrics.horizontalAdvance(line + u' ' + customer.left(1) + u'…') <= textBox.width())
                line += u' ' + customer;
        }
    }
    line = metrics.elidedText(line, Qt::ElideRight, textBox.width());
    painter->drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, line);
}

} // namespace fentu
