#pragma once
// The facilitator's deliverables on the page flow: narratives (bold/italic runs, bullet and
// numbered lists with hanging indents), the sign-off block with lines to sign on, the logo.
#include "report/pdf/page_flow.h"
#include "report/report_data.h"

namespace crm::report::pdf {

void drawRichText(PageFlow& flow, const RichTextBlock& block);
void drawSignOff(PageFlow& flow, const SignOffBlock& block);
// Draws the logo (when it decodes) scaled into box, keeping its shape, at the box's top left.
// Returns the height used (0 without a logo).
double drawLogo(QPainter* painter, const Logo& logo, const QRectF& box);

}  // namespace crm::report::pdf
