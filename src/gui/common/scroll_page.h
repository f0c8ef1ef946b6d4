#pragma once
// A page that scrolls when the window is smaller than it: the page in a frameless scroll area
// that stretches it to the full width. Every page of the window and the dialogs' setup pages
// scroll the same way.
class QScrollArea;
class QWidget;

namespace crm::gui {

// Whether Tab stops on the scroll area itself (the arrow keys then scroll it) or goes straight
// on to the fields of the page.
enum class ScrollFocus { SkippedByTab, TabStop };

QScrollArea* wrapInScrollPage(QWidget* content, QWidget* parent = nullptr,
                              ScrollFocus focus = ScrollFocus::SkippedByTab);

// The same, filling `host` edge to edge as its only child.
QScrollArea* fillWithScrollPage(QWidget* host, QWidget* content,
                                ScrollFocus focus = ScrollFocus::SkippedByTab);

}  // namespace crm::gui
