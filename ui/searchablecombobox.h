#pragma once

#include <QComboBox>
#include <QTimer>

namespace fentu {

class NameChoiceModel;

/// An editable combo box over a NameChoiceModel that finds its entries by any part of their
/// name, case-insensitively. Typing never invents an entry: after a pause, text that names
/// exactly one entry selects it and empty text selects "any"; leaving the field puts back the
/// name of the current entry.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int TypingDelayMs = 250;

    explicit SearchableComboBox(NameChoiceModel *choices, QWidget *parent = nullptr);

    /// The id of the current entry; empty for "any".
    QString currentId() const;
    /// The shown name of the current entry; empty for "any".
    QString currentName() const;
    /// Selects the entry of `id` (0 = "any" for an empty or unknown id).
    void selectId(const QString &id);

signals:
    /// The current entry changed, by the user or by selectId().
    void choiceChanged();

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void matchTypedText();
    void restoreText();

    NameChoiceModel *m_choices;
    QTimer m_typing;
    QString m_shownId; // the id of the entry last announced
};

} // namespace fentu
