#include "report/html/html_stylesheet.h"

namespace crm::report {

std::string_view htmlStylesheet() {
    return R"css(
:root { --ink: #263238; --muted: #607d8b; --rule: #cfd8dc; --accent: #0d47a1; --band: #eceff1; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: var(--ink); font-size: 10.5pt;
       line-height: 1.45; max-width: 58em; margin: 0 auto; padding: 1.5em; }
h1, h2, h3 { line-height: 1.2; }
h2 { color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .2em; margin-top: 2.5em; }
h2 .num { display: inline-block; min-width: 1.6em; }
h3 { font-size: 1.05em; margin: 1.4em 0 .4em; }
p { white-space: pre-line; overflow-wrap: anywhere; }  /* user line breaks stay; long words wrap */
p.lead { color: var(--muted); font-style: italic; }
p.note { color: var(--muted); }
.title-page { border-top: 12px solid var(--accent); padding: 3em 0 2em; }
.title-page h1 { font-size: 2.2em; margin: 0 0 .2em; }
.title-page .company { font-size: 1.5em; margin: 0 0 1.5em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3em 1.2em; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
nav.toc ol { list-style: none; padding: 0; }
nav.toc li { padding: .15em 0; border-bottom: 1px dotted var(--rule); }
nav.toc a { color: var(--ink); text-decoration: none; }
nav.toc .num { display: inline-block; min-width: 2em; color: var(--muted); }
.table-scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 1em; font-size: .95em; }
th, td { border-bottom: 1px solid var(--rule); padding: .3em .5em; text-align: left; vertical-align: top;
         overflow-wrap: break-word; white-space: pre-wrap; }  /* words whole; a wide table scrolls */
th { background: var(--band); font-weight: bold; }
td.right, th.right { text-align: right; }
td.center, th.center { text-align: center; }
tbody tr:nth-child(even) td { background: #fafbfc; }
ul.findings { list-style: none; padding: 0; }
ul.findings li { padding: .25em 0 .25em 1.4em; position: relative; }
ul.findings li::before { content: ""; position: absolute; left: .2em; top: .55em; width: .7em; height: .7em; border-radius: 50%; background: #90a4ae; }
ul.findings li.finding-red::before { background: #c62828; }
ul.findings li.finding-amber::before { background: #f2a900; }
ul.findings li.finding-green::before { background: #2e7d32; }
p.finding-key { font-size: .85em; color: #607d8b; margin: .2em 0; }
p.finding-key span { display: inline-block; padding-left: 1.1em; margin-right: 1.2em; position: relative; }
p.finding-key span::before { content: ""; position: absolute; left: 0; top: .35em; width: .7em; height: .7em; border-radius: 50%; }
p.finding-key span.finding-red::before { background: #c62828; }
p.finding-key span.finding-amber::before { background: #f2a900; }
p.finding-key span.finding-green::before { background: #2e7d32; }
figure.chart { margin: 1em 0; text-align: center; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { color: var(--muted); font-size: .9em; }
.summary .maturity { display: flex; gap: 2em; align-items: baseline; flex-wrap: wrap;
                     background: var(--band); padding: .8em 1em; border-left: 6px solid var(--accent); }
.summary .level { font-size: 1.8em; font-weight: bold; }
.summary .index { font-size: 1.2em; }
.summary ol { padding-left: 1.4em; }
.summary li { margin-bottom: .4em; }
.summary .why { color: var(--muted); display: block; }
.summary .impact { color: var(--muted); }
.rag { display: inline-block; padding: 0 .5em; border-radius: .6em; color: #fff; font-size: .85em; }
.rag-red { background-color: #c62828; } .rag-amber { background-color: #f2a900; }
.rag-green { background-color: #2e7d32; } .rag-none { background-color: #90a4ae; }
.day { white-space: nowrap; overflow-wrap: normal; }  /* a date never breaks at its dashes */
body.draft::before { content: "DRAFT"; position: fixed; top: 40%; left: 0; right: 0; text-align: center;
                     font-size: 8em; font-weight: bold; color: rgba(198, 40, 40, .12); transform: rotate(-30deg);
                     pointer-events: none; z-index: 1; }
.draft-note { color: #c62828; font-weight: bold; }
.brief-header h1 { color: var(--accent); margin-bottom: .2em; }
footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--rule); padding-top: .5em; }
@media (max-width: 600px) {  /* a phone: less margin, tighter cells */
  body { padding: .8em; font-size: 10pt; }
  th, td { padding: .25em .3em; }
  dl.facts { grid-template-columns: 1fr; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  @page { margin: 16mm 14mm; }
  section, nav.toc { break-before: page; }
  h2 { margin-top: 0; }
  h3, figure.chart, tr, .summary .maturity { break-inside: avoid; }
  h3 { break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

}  // namespace crm::report
