#pragma once

#include <QWidget>

namespace fentu {

class BoardView;

/// The strip above the board: each shown day's name and date (today's marked), and on a
/// one-day board the hours, lined up with the board's columns.
class BoardTimeAxis : public QWidget
{
    Q_OBJECT
public:
    explicit BoardTimeAxis(BoardView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BoardView *m_view;
};

} // namespace fentu
