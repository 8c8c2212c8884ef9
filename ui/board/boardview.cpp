#include "boardview.h"

#include "boardbaritem.h"
#include "boardwaitinglist.h"
#include "markcolours.h"

#include "itemmodels/localdatetime.h"
#include "itemmodels/plaintooltip.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
constexpr qreal kHeaderWidth = 200;
constexpr qreal kRowPadding = 4;
constexpr qreal kLoadBand = 16; // the booked-time strip under a technician's lanes
} // namespace

BoardView::BoardView(BoardModel *model, QWidget *parent)
    : QGraphicsView(parent), m_model(model)
{
    setObjectName(u"boardView"_s);
    setAccessibleName(tr("Schedule board"));
    setScene(new QGraphicsScene(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    // Ctrl+arrows pressed in a row make one move, written once the keys rest (or Ctrl is let
    // go): three quarter-hours later is one change on the server, not three, and one undo.
    m_keyMoveCommit = new QTimer(this);
    m_keyMoveCommit->setSingleShot(true);
    m_keyMoveCommit->setInterval(900);
    connect(m_keyMoveCommit, &QTimer::timeout, this, [this] {
        if (m_drag.active && m_drag.keyboard)
            finishDrag(true);
    });
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(false);
    // The background (rows, grid, booked time) depends on the scroll position only through
    // the exposed rectangle, so it may be cached with the items.
    setCacheMode(QGraphicsView::CacheNone);
    connect(model, &BoardModel::changed, this, [this] {
        if (m_drag.active)
            m_rebuildAfterDrag = true; // the bars stay under the hand until it lets go
        else
            rebuild();
    });
}

void BoardView::setPreferences(const BoardPreferences &preferences)
{
    settleMove(); // the rows and columns are about to change under it
    m_preferences = preferences;
    rebuild();
}

void BoardView::settleMove()
{
    if (!m_drag.active) {
        m_drag = {};
        return;
    }
    // A keyboard move was shown where the user wanted it: placed. A drag still under the hand
    // would land on rows about to change: cancelled.
    finishDrag(m_drag.keyboard);
}

void BoardView::cancelMove()
{
    if (m_drag.active)
        finishDrag(false);
}

int BoardView::headerWidth() const
{
    return int(kHeaderWidth);
}

qreal BoardView::laneHeight() const
{
    return std::ceil(fontMetrics().height() * 1.6);
}

qreal BoardView::barTop(int row, int lane) const
{
    return m_rowBoxes[row].top + kRowPadding + lane * laneHeight();
}

QRectF BoardView::barRect(int row, const BoardBar &bar) const
{
    const qreal left = kHeaderWidth + m_scale.xOf(bar.start);
    // A bar is never thinner than a finger's width of text: an order in a collapsed night or
    // a few minutes long must still be there to click.
    const qreal right = std::max(kHeaderWidth + m_scale.xOf(bar.end), left + 12.0);
    return QRectF(left, barTop(row, bar.lane) + 1, right - left, laneHeight() - 3);
}

void BoardView::rebuild()
{
    if (!m_model)
        return;
    const QList<BoardRow> &rows = m_model->rows();
    const qreal width = std::max<qreal>(viewport()->width(), kHeaderWidth + 200);
    m_scale = BoardTimeScale(m_model->span(), m_preferences.showNights,
                             m_preferences.showWeekends, width - kHeaderWidth - 1);

    m_rowBoxes.clear();
    qreal top = 0;
    for (const BoardRow &row : rows) {
        const qreal lanes = std::max(1, row.laneCount);
        // Never lower than the header's two lines (the name, and the clashes or the count).
        const qreal height = std::max<qreal>(
            kRowPadding * 2 + lanes * laneHeight() + (row.unassigned ? 0.0 : kLoadBand),
            kRowPadding * 2 + fontMetrics().height() * 2 + 4);
        m_rowBoxes.append({top, height, row.technician.id, row.unassigned,
                           row.unassigned ? tr("Unassigned") : row.technician.name,
                           std::max(1, row.laneCount)});
        top += height;
    }

    QGraphicsScene *s = scene();
    m_items.clear();
    m_itemRows.clear();
    m_dragLabel = nullptr;
    s->clear();
    s->setSceneRect(0, 0, width, std::max<qreal>(top, viewport()->height()));
    QStringList stillShown;
    for (int r = 0; r < rows.size(); ++r) {
        for (const BoardBar &bar : rows[r].bars) {
            BoardBarItem::Marks marks;
            marks.pending = m_model->isPending(bar.order.id);
            marks.changedElsewhere = m_model->isChangedElsewhere(bar.order.id);
            marks.refusal = m_model->refusal(bar.order.id);
            auto *item = new BoardBarItem(bar, barRect(r, bar).size(), marks);
            item->setPos(barRect(r, bar).topLeft());
            s->addItem(item);
            m_items.insert(bar.order.id, item);
            m_itemRows.insert(bar.order.id, r);
        }
    }
    for (const QString &id : std::as_const(m_selected)) {
        if (m_items.contains(id))
            stillShown.append(id);
    }
    const bool selectionChanged = stillShown != m_selected;
    m_selected = stillShown;
    if (!m_items.contains(m_current))
        m_current = m_selected.value(0);
    updateMarks();
    emit scaleChanged();
    viewport()->update();
    if (selectionChanged)
        emit this->selectionChanged(m_selected);
}

void BoardView::updateMarks()
{
    for (BoardBarItem *item : std::as_const(m_items)) {
        BoardBarItem::Marks marks = item->marks();
        marks.selected = m_selected.contains(item->orderId());
        marks.current = item->orderId() == m_current;
        if (marks.selected != item->marks().selected || marks.current != item->marks().current)
            item->setMarks(marks);
        item->setZValue(marks.selected ? 2 : 1);
    }
}

QList<WorkOrderSummary> BoardView::selectedOrders() const
{
    QList<WorkOrderSummary> orders;
    for (const QString &id : m_selected) {
        if (const BoardBarItem *item = m_items.value(id))
            orders.append(item->bar().order);
    }
    return orders;
}

void BoardView::setSelection(const QStringList &ids, const QString &current)
{
    const bool changed = ids != m_selected;
    m_selected = ids;
    m_current = current;
    updateMarks();
    if (BoardBarItem *item = m_items.value(m_current))
        ensureVisible(item, 8, 8);
    if (changed)
        emit selectionChanged(m_selected);
}

void BoardView::selectOnly(const QString &id)
{
    setSelection(m_items.contains(id) ? QStringList{id} : QStringList(), id);
}

void BoardView::clearSelection()
{
    setSelection({}, m_current);
}

BoardBarItem *BoardView::barItem(const QString &orderId) const
{
    return m_items.value(orderId);
}

QPoint BoardView::barCentre(const QString &orderId) const
{
    const BoardBarItem *item = m_items.value(orderId);
    if (!item)
        return {};
    const QRectF box(item->pos(), item->boundingRect().size() - QSizeF(4, 4));
    return mapFromScene(box.center());
}

QPoint BoardView::rowPoint(int row, const QDateTime &instant) const
{
    if (row < 0 || row >= m_rowBoxes.size())
        return {};
    const QPointF scenePoint(kHeaderWidth + m_scale.xOf(instant) + 1,
                             m_rowBoxes[row].top + kRowPadding + laneHeight() / 2);
    return mapFromScene(scenePoint);
}

int BoardView::rowAtViewportY(int y) const
{
    const qreal sceneY = mapToScene(QPoint(0, y)).y();
    for (int r = 0; r < m_rowBoxes.size(); ++r) {
        if (sceneY >= m_rowBoxes[r].top && sceneY < m_rowBoxes[r].top + m_rowBoxes[r].height)
            return r;
    }
    return -1;
}

QString BoardView::rowName(int row) const
{
    return row >= 0 && row < m_rowBoxes.size() ? m_rowBoxes[row].name : QString();
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_drag.active)
        rebuild();
}

// --- mouse -----------------------------------------------------------------------------------

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    if (m_drag.active && m_drag.keyboard)
        finishDrag(true); // a keyboard move on its way is placed before the click picks
    auto *item = dynamic_cast<BoardBarItem *>(itemAt(event->position().toPoint()));
    const bool adding = event->modifiers() & Qt::ControlModifier;
    if (!item) {
        if (!adding)
            clearSelection();
        return;
    }
    const QString id = item->orderId();
    if (adding) {
        QStringList ids = m_selected;
        if (ids.contains(id))
            ids.removeAll(id);
        else
            ids.append(id);
        setSelection(ids, id);
        return; // Ctrl+click only picks; a drag starts from a plain press
    }
    if (!m_selected.contains(id))
        setSelection({id}, id);
    else
        setSelection(m_selected, id);
    m_drag = {};
    m_drag.pressed = true;
    m_drag.pressPos = event->position().toPoint();
    m_drag.anchorId = id;
    m_drag.anchorRow = m_itemRows.value(id, -1);
    m_drag.targetRow = m_drag.anchorRow;
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag.pressed) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_drag.active) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.active = true;
    }
    updateDrag(pos);
}

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag.pressed) {
        if (m_drag.active)
            finishDrag(true);
        m_drag = {};
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void BoardView::mouseDoubleClickEvent(QMouseEvent *event)
{
    auto *item = dynamic_cast<BoardBarItem *>(itemAt(event->position().toPoint()));
    if (item && event->button() == Qt::LeftButton) {
        setSelection({item->orderId()}, item->orderId());
        emit activated(item->orderId());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void BoardView::updateDrag(const QPoint &viewportPos)
{
    const BoardBarItem *anchor = m_items.value(m_drag.anchorId);
    if (!anchor || m_drag.anchorRow < 0)
        return;
    const BoardBar &anchorBar = anchor->bar();
    // Where the pressed bar's start would go: the hand's travel along the scale, snapped.
    const qreal dx = viewportPos.x() - m_drag.pressPos.x();
    const QDateTime wanted = m_scale.instantAt(m_scale.xOf(anchorBar.start) + dx);
    const QDateTime landed = BoardTimeScale::snapped(wanted, m_preferences.snapMinutes);
    m_drag.shiftSeconds = anchorBar.start.secsTo(landed);
    const int row = rowAtViewportY(viewportPos.y());
    if (row >= 0)
        m_drag.targetRow = row;
    showMovePreview(viewportPos);
}

void BoardView::showMovePreview(const QPoint &cardAt)
{
    const BoardBarItem *anchor = m_items.value(m_drag.anchorId);
    if (!anchor || m_drag.anchorRow < 0)
        return;
    for (const QString &id : std::as_const(m_selected)) {
        BoardBarItem *item = m_items.value(id);
        const int fromRow = m_itemRows.value(id, -1);
        if (!item || fromRow < 0)
            continue;
        BoardBar moved = item->bar();
        moved.start = moved.start.addSecs(m_drag.shiftSeconds);
        moved.end = moved.end.addSecs(m_drag.shiftSeconds);
        const int toRow = m_drag.targetRow != m_drag.anchorRow ? m_drag.targetRow : fromRow;
        if (toRow < 0 || toRow >= m_rowBoxes.size())
            continue;
        moved.lane = std::min(moved.lane, m_rowBoxes[toRow].laneCount - 1);
        item->setPos(barRect(toRow, moved).topLeft());
        item->setOpacity(0.75);
        item->setZValue(10);
    }

    const QDateTime landed = anchor->bar().start.addSecs(m_drag.shiftSeconds);
    const QString when = LocalDateTime::shortText(landed);
    const QString hint = m_drag.targetRow != m_drag.anchorRow
                             ? tr("Move to %1, %2 (Esc cancels)").arg(rowName(m_drag.targetRow), when)
                             : tr("Move to %1 (Esc cancels)").arg(when);
    if (!m_dragLabel) {
        // A tooltip-like card beside the hand: where the selection lands, readable over bars.
        m_dragLabel = new QGraphicsRectItem;
        m_dragLabel->setZValue(20);
        m_dragLabel->setBrush(palette().color(QPalette::ToolTipBase));
        m_dragLabel->setPen(QPen(palette().color(QPalette::Mid)));
        auto *text = new QGraphicsSimpleTextItem(m_dragLabel);
        text->setBrush(palette().color(QPalette::ToolTipText));
        text->setPos(6, 3);
        scene()->addItem(m_dragLabel);
    }
    auto *text = static_cast<QGraphicsSimpleTextItem *>(m_dragLabel->childItems().first());
    text->setText(hint);
    m_dragLabel->setRect(QRectF(QPointF(0, 0), text->boundingRect().size() + QSizeF(12, 6)));
    // Beside the hand, and kept inside the view on the right.
    QPointF at = mapToScene(cardAt + QPoint(14, 18));
    at.setX(std::min(at.x(), sceneRect().width() - m_dragLabel->rect().width() - 2));
    m_dragLabel->setPos(at);
    emit dragHint(hint);
}

void BoardView::finishDrag(bool apply)
{
    const Drag drag = m_drag;
    m_drag = {};
    m_keyMoveCommit->stop();
    emit dragHint(QString());
    const bool rowChanged = drag.targetRow >= 0 && drag.targetRow < m_rowBoxes.size() &&
                            drag.targetRow != drag.anchorRow;
    if (apply && (drag.shiftSeconds != 0 || rowChanged)) {
        BoardModel::Move move;
        move.orderIds = m_selected;
        move.shiftSeconds = drag.shiftSeconds;
        if (rowChanged) {
            // The row the user saw, by its technician: the model's rows may have moved on.
            const RowBox &target = m_rowBoxes[drag.targetRow];
            move.technicianId = target.unassigned ? QString() : target.technicianId;
        }
        m_rebuildAfterDrag = false;
        rebuild(); // back in place until the model says where they are now
        m_model->move(move);
        return;
    }
    m_rebuildAfterDrag = false;
    rebuild(); // a cancelled or empty drag: everything back where it was
}

std::pair<int, QDateTime> BoardView::dropTarget(const QPoint &viewportPos) const
{
    const int row = rowAtViewportY(viewportPos.y());
    const qreal x = mapToScene(viewportPos).x() - kHeaderWidth;
    if (row < 0 || x < 0 || x > m_scale.width())
        return {-1, {}};
    return {row, BoardTimeScale::snapped(m_scale.instantAt(x), m_preferences.snapMinutes)};
}

void BoardView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(BoardWaitingList::kOrderIdsMimeType))) {
        event->setDropAction(Qt::CopyAction); // the list keeps its item; the model moves it
        event->accept();
    } else {
        event->ignore();
    }
}

void BoardView::dragMoveEvent(QDragMoveEvent *event)
{
    const auto [row, start] = dropTarget(event->position().toPoint());
    if (row < 0 || !m_model ||
        !event->mimeData()->hasFormat(QString::fromLatin1(BoardWaitingList::kOrderIdsMimeType))) {
        event->ignore();
        emit dragHint(QString());
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit dragHint(tr("Schedule for %1, %2 (Esc cancels)")
                      .arg(rowName(row), LocalDateTime::shortText(start)));
}

void BoardView::dragLeaveEvent(QDragLeaveEvent *event)
{
    emit dragHint(QString());
    event->accept();
}

void BoardView::dropEvent(QDropEvent *event)
{
    emit dragHint(QString());
    const QByteArray carried =
        event->mimeData()->data(QString::fromLatin1(BoardWaitingList::kOrderIdsMimeType));
    const auto [row, start] = dropTarget(event->position().toPoint());
    if (carried.isEmpty() || row < 0 || !m_model) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const RowBox &target = m_rowBoxes[row];
    BoardModel::Move move;
    move.orderIds = QString::fromUtf8(carried).split(u'\n', Qt::SkipEmptyParts);
    move.technicianId = target.unassigned ? QString() : target.technicianId;
    move.startAt = start;
    m_model->move(move);
    setFocus(Qt::OtherFocusReason);
}

void BoardView::contextMenuEvent(QContextMenuEvent *event)
{
    auto *item = dynamic_cast<BoardBarItem *>(itemAt(event->pos()));
    if (item && !m_selected.contains(item->orderId()))
        setSelection({item->orderId()}, item->orderId());
    if (m_selected.isEmpty())
        return;
    emit contextMenuRequested(event->reason() == QContextMenuEvent::Mouse
                                  ? event->globalPos()
                                  : viewport()->mapToGlobal(barCentre(m_current)));
}

void BoardView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // Settings ▸ Appearance or the desktop changed the colours: the background and the bars
    // take theirs from the palette when painted, so painting again is enough.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        viewport()->update();
}

bool BoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (auto *item = dynamic_cast<BoardBarItem *>(itemAt(help->pos())))
            QToolTip::showText(help->globalPos(), plainToolTip(item->toolTipText()), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

// --- keyboard --------------------------------------------------------------------------------

void BoardView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // The keyboard needs a place to start: the first bar (or the first selected one).
    if (m_current.isEmpty() || !m_items.contains(m_current)) {
        for (const BoardRow &row : m_model->rows()) {
            if (!row.bars.isEmpty()) {
                m_current = row.bars.first().order.id;
                break;
            }
        }
        updateMarks();
    }
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const qint64 step = qint64(std::max(1, m_preferences.snapMinutes)) * 60;
    const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right ||
                       event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    if (m_drag.active && m_drag.keyboard && event->matches(QKeySequence::Undo)) {
        finishDrag(false); // Ctrl+Z takes back the move still being made, nothing written
        return;
    }
    if (m_drag.active && m_drag.keyboard && !(ctrl && arrow) &&
        event->key() != Qt::Key_Escape && event->key() != Qt::Key_Control)
        finishDrag(true); // any other key first places the keyboard move on its way
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.active) {
            finishDrag(false);
            return;
        }
        break;
    case Qt::Key_Left:
        ctrl ? moveSelection(-step, 0) : walk(-1, 0, shift);
        return;
    case Qt::Key_Right:
        ctrl ? moveSelection(step, 0) : walk(1, 0, shift);
        return;
    case Qt::Key_Up:
        ctrl ? moveSelection(0, -1) : walk(0, -1, shift);
        return;
    case Qt::Key_Down:
        ctrl ? moveSelection(0, 1) : walk(0, 1, shift);
        return;
    case Qt::Key_Space:
        if (!m_current.isEmpty()) {
            QStringList ids = m_selected;
            if (ids.contains(m_current))
                ids.removeAll(m_current);
            else
                ids.append(m_current);
            setSelection(ids, m_current);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.isEmpty()) {
            if (!m_selected.contains(m_current))
                setSelection({m_current}, m_current);
            emit activated(m_current);
        }
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit zoomRequested(1);
        return;
    case Qt::Key_Minus:
        emit zoomRequested(-1);
        return;
    case Qt::Key_T:
        if (!ctrl && !(event->modifiers() & Qt::AltModifier)) {
            emit todayRequested();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void BoardView::walk(int dx, int dy, bool extend)
{
    const QList<BoardRow> &rows = m_model->rows();
    int row = -1;
    const BoardBar *current = m_model->bar(m_current, &row);
    if (!current) {
        for (int r = 0; r < rows.size(); ++r) {
            if (!rows[r].bars.isEmpty()) {
                setSelection({rows[r].bars.first().order.id}, rows[r].bars.first().order.id);
                return;
            }
        }
        return;
    }
    QString next;
    if (dx != 0) {
        // Bars of a row are sorted by start: the neighbour in that order.
        const QList<BoardBar> &bars = rows[row].bars;
        for (qsizetype i = 0; i < bars.size(); ++i) {
            if (bars[i].order.id == m_current) {
                const qsizetype j = i + dx;
                if (j >= 0 && j < bars.size())
                    next = bars[j].order.id;
                break;
            }
        }
    } else {
        // The nearest bar in time in the next row that has any.
        for (int r = row + dy; r >= 0 && r < rows.size() && next.isEmpty(); r += dy) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (const BoardBar &bar : rows[r].bars) {
                const qint64 distance = std::abs(bar.start.secsTo(current->start));
                if (distance < best) {
                    best = distance;
                    next = bar.order.id;
                }
            }
        }
    }
    if (next.isEmpty())
        return;
    // Shift keeps what is picked and adds the next bar, as in a list: a selection made by
    // keyboard alone, to move together.
    QStringList ids = extend ? m_selected : QStringList();
    if (!ids.contains(next))
        ids.append(next);
    setSelection(ids, next);
}

void BoardView::moveSelection(qint64 shiftSeconds, int rowStep)
{
    if (m_drag.pressed && !m_drag.keyboard)
        return; // the mouse is moving them
    if (m_selected.isEmpty() && !m_current.isEmpty())
        setSelection({m_current}, m_current);
    if (m_selected.isEmpty())
        return;
    if (!m_drag.active) {
        m_drag = {};
        m_drag.active = true;
        m_drag.keyboard = true;
        m_drag.anchorId = m_current.isEmpty() ? m_selected.first() : m_current;
        m_drag.anchorRow = m_itemRows.value(m_drag.anchorId, -1);
        m_drag.targetRow = m_drag.anchorRow;
        if (m_drag.anchorRow < 0) {
            m_drag = {};
            return;
        }
    }
    m_drag.shiftSeconds += shiftSeconds;
    if (rowStep != 0)
        m_drag.targetRow = std::clamp(m_drag.targetRow + rowStep, 0, int(m_rowBoxes.size()) - 1);
    const BoardBarItem *anchor = m_items.value(m_drag.anchorId);
    const QPoint cardAt = anchor ? mapFromScene(anchor->sceneBoundingRect().bottomLeft()) : QPoint();
    showMovePreview(cardAt);
    m_keyMoveCommit->start();
}

void BoardView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Control && m_drag.active && m_drag.keyboard) {
        finishDrag(true);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void BoardView::focusOutEvent(QFocusEvent *event)
{
    // Leaving the board places a keyboard move on its way (and ends a mouse drag's grab).
    if (m_drag.active && m_drag.keyboard)
        finishDrag(true);
    QGraphicsView::focusOutEvent(event);
}

// --- painting --------------------------------------------------------------------------------

void BoardView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Base));
    if (!m_model)
        return;
    const QList<BoardRow> &rows = m_model->rows();
    const qreal right = sceneRect().width();
    const QColor line = pal.color(QPalette::Mid);
    const QColor weekend = pal.color(QPalette::AlternateBase);
    QColor today = pal.color(QPalette::Highlight);
    today.setAlphaF(0.07);

    for (int r = 0; r < rows.size() && r < m_rowBoxes.size(); ++r) {
        const RowBox &box = m_rowBoxes[r];
        if (box.top > rect.bottom() || box.top + box.height < rect.top())
            continue;
        const QRectF band(kHeaderWidth, box.top, right - kHeaderWidth, box.height);
        if (rows[r].unassigned)
            painter->fillRect(band, pal.color(QPalette::AlternateBase));
        // Weekend columns shaded; today's, on a board of several days, tinted.
        for (const BoardTimeScale::Column &column : m_scale.columns()) {
            const QRectF cell(kHeaderWidth + column.left, box.top, column.width, box.height);
            if (column.day.dayOfWeek() >= 6)
                painter->fillRect(cell, weekend);
            if (column.day == QDate::currentDate() && m_scale.columns().size() > 1)
                painter->fillRect(cell, today);
        }
        paintRowHeader(painter, r, QRectF(0, box.top, kHeaderWidth, box.height));
        if (!rows[r].unassigned)
            paintLoad(painter, rows[r], band);
        painter->setPen(QPen(line, rows[r].unassigned ? 2 : 1));
        painter->drawLine(QPointF(0, box.top + box.height - 0.5),
                          QPointF(right, box.top + box.height - 0.5));
    }

    // Day boundaries, and the hours on a one-day board.
    const qreal bottom = m_rowBoxes.isEmpty() ? 0 : m_rowBoxes.last().top + m_rowBoxes.last().height;
    for (const BoardTimeScale::Column &column : m_scale.columns()) {
        painter->setPen(QPen(line, 1));
        painter->drawLine(QPointF(kHeaderWidth + column.left, 0),
                          QPointF(kHeaderWidth + column.left, bottom));
        if (m_scale.columns().size() > 1)
            continue;
        QColor hourLine = line;
        hourLine.setAlphaF(0.4);
        painter->setPen(QPen(hourLine, 1, Qt::DotLine));
        const QDateTime first = column.from.toLocalTime();
        QDateTime hour(first.date(), QTime(first.time().hour(), 0), Qt::LocalTime);
        for (hour = hour.addSecs(3600); hour.toUTC() < column.until; hour = hour.addSecs(3600)) {
            const qreal x = kHeaderWidth + m_scale.xOf(hour.toUTC());
            painter->drawLine(QPointF(x, 0), QPointF(x, bottom));
        }
    }
    painter->setPen(QPen(line, 1));
    painter->drawLine(QPointF(kHeaderWidth - 0.5, 0), QPointF(kHeaderWidth - 0.5, bottom));
}

void BoardView::paintRowHeader(QPainter *painter, int r, const QRectF &box) const
{
    const QPalette pal = palette();
    const BoardRow &row = m_model->rows()[r];
    painter->fillRect(box, pal.color(QPalette::Window));
    const QRectF text = box.adjusted(8, kRowPadding, -6, -kRowPadding);
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(row.inactive ? QPalette::PlaceholderText : QPalette::WindowText));
    const QFontMetricsF metrics(bold);
    const QString name = row.unassigned ? tr("Unassigned") : row.technician.name;
    painter->drawText(QRectF(text.left(), text.top(), text.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(name, Qt::ElideRight, text.width()));

    // The second line: what needs a look (clashes first), else a quiet count.
    painter->setFont(font());
    const QFontMetricsF small(font());
    QString note;
    QColor colour = pal.color(QPalette::PlaceholderText);
    if (row.unassigned) {
        note = tr("%n order(s) to assign", nullptr, int(row.bars.size()));
    } else if (row.clashCount > 0) {
        note = tr("⚠ %n clash(es)", nullptr, row.clashCount);
        colour = markColours(colourSchemeOf(pal)).overbooked;
    } else {
        note = tr("%n order(s)", nullptr, int(row.bars.size()));
    }
    if (row.inactive && !row.unassigned)
        note = tr("inactive · %1").arg(note);
    if (text.height() >= metrics.height() + small.height()) {
        painter->setPen(colour);
        painter->drawText(QRectF(text.left(), text.top() + metrics.height(), text.width(),
                                 small.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(note, Qt::ElideRight, text.width()));
    }
}

void BoardView::paintLoad(QPainter *painter, const BoardRow &row, const QRectF &band) const
{
    // Each shown day: booked against working time, a thin bar and the percentage; over 100 %
    // in red with the word, so colour is not the only cue.
    const QPalette pal = palette();
    const QColor overbooked = markColours(colourSchemeOf(pal)).overbooked;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const qreal top = band.bottom() - kLoadBand + 2;
    for (const BoardTimeScale::Column &column : m_scale.columns()) {
        const auto found = std::find_if(row.load.cbegin(), row.load.cend(),
                                        [&](const BoardDayLoad &d) { return d.day == column.day; });
        if (found == row.load.cend())
            continue;
        const QRectF cell(band.left() + column.left + 4, top, column.width - 8, kLoadBand - 4);
        if (found->bookedMinutes == 0)
            continue; // an empty day says nothing: no strip of zeros across a free week
        const double ratio = found->ratio();
        const bool over = found->overbooked();
        const QString text = over ? tr("%1 % booked: over").arg(std::lround(ratio * 100))
                                  : tr("%1 % booked").arg(std::lround(ratio * 100));
        const qreal textWidth = QFontMetricsF(small).horizontalAdvance(text) + 6;
        const QRectF track(cell.left(), cell.center().y() - 2,
                           std::max<qreal>(0, cell.width() - textWidth), 4);
        QColor trackColour = pal.color(QPalette::Mid);
        trackColour.setAlphaF(0.35);
        painter->fillRect(track, trackColour);
        painter->fillRect(QRectF(track.topLeft(),
                                 QSizeF(track.width() * std::min(1.0, ratio), track.height())),
                          over ? overbooked : pal.color(QPalette::Highlight));
        if (cell.width() > textWidth) {
            painter->setPen(over ? overbooked : pal.color(QPalette::PlaceholderText));
            painter->drawText(cell, Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }
}

void BoardView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    if (!m_model || m_rowBoxes.isEmpty())
        return;
    const QDateTime now = m_model->now();
    const BoardSpan &span = m_model->span();
    if (now < span.start() || now >= span.end())
        return;
    const qreal x = kHeaderWidth + m_scale.xOf(now);
    const qreal bottom = m_rowBoxes.last().top + m_rowBoxes.last().height;
    painter->setPen(QPen(markColours(colourSchemeOf(palette())).nowLine, 2));
    painter->drawLine(QPointF(x, 0), QPointF(x, bottom));
}

} // namespace fentu
