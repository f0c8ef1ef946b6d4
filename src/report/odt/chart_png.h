#pragma once
// PNG copies of the charts for the .odt (OdtOptions::chartPng), drawn with QtSvg.
#include <string>

namespace crm::report {

// The SVG drawn on white at widthPx x heightPx; "" when it cannot be drawn, or when no
// QGuiApplication runs (text needs fonts; report/pdf's ensureGuiApplication makes one).
std::string chartPngFromSvg(const std::string& svg, int widthPx, int heightPx);

}  // namespace crm::report
