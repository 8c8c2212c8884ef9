#include "servertext.h"

#include <QLabel>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace fentu {

QLabel *plainTextLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    makePlainText(label);
    label->setText(text);
    return label;
}

void makePlainText(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
}

void setPlainToolTip(QWidget *widget, const QString &text)
{
    widget->setToolTip(plainToolTip(text));
}

QMessageBox *plainTextMessageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                                 QMessageBox::StandardButtons buttons, QWidget *parent)
{
    auto *box = new QMessageBox(icon, title, QString(), buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    return box;
}

void setPlainInformativeText(QMessageBox *box, const QString &text)
{
    // QMessageBox makes this label on demand and guesses its format (opening links in it):
    // it is made with a harmless text first and made plain, and only then given `text`, so
    // the text is never parsed as markup, not even once.
    box->setInformativeText(u" "_s);
    if (auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s)) {
        informative->setOpenExternalLinks(false);
        makePlainText(informative);
        box->setInformativeText(text);
    } else {
        box->setInformativeText(plainToolTip(text)); // escaped, should Qt rename the label
    }
}

QProgressDialog *plainTextProgressDialog(const QString &labelText, const QString &cancelText,
                                         int minimum, int maximum, QWidget *parent)
{
    auto *dialog = new QProgressDialog(QString(), cancelText, minimum, maximum, parent);
    // The dialog's own label guesses the format; setLabelText() keeps this one's.
    dialog->setLabel(plainTextLabel(labelText, dialog));
    return dialog;
}

} // namespace fentu
