#pragma once

#include "board/boardlayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

namespace fentu {

/// One order on the board, drawn as a bar: status by colour and by word, the number and the
/// customer elided to fit, priority, late, clash, assumed length, unsent change, someone
/// else's recent change, and a refusal. The view places it; the bar only paints.
class BoardBarItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(fentu::BoardBarItem)
public:
    /// What the bar shows beyond the order itself.
    struct Marks
    {
        bool pending = false;          // an unsent change, as on the table
        bool changedElsewhere = false; // another dispatcher changed it a moment ago
        QString refusal;               // the server's reason for refusing its last move
        bool selected = false;
        bool current = false;          // the keyboard's place
    };

    BoardBarItem(const BoardBar &bar, const QSizeF &size, const Marks &marks);

    const BoardBar &bar() const { return m_bar; }
    QString orderId() const { return m_bar.order.id; }
    void setMarks(const Marks &marks);
    const Marks &marks() const { return m_marks; }
    /// The bar's text as a screen reader or a test reads it (number, customer, status, marks).
    QString accessibleText() const;
    /// The tooltip's lines, plain text (the view shows it through plainToolTip()). Made when
    /// asked: a board of thousands of bars would otherwise format thousands of local times.
    QString toolTipText() const;
    /// The words drawn on the bar after its marks, before eliding: the number, Late and Clash,
    /// then the server's refusal when the last move was refused, else the customer.
    QString labelText() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    BoardBar m_bar;
    QSizeF m_size;
    Marks m_marks;
};

} // namespace fentu
