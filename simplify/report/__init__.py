"""Reports on a conversion: the HTML report (:mod:`simplify.report.html`) and the terminal summary
(:mod:`simplify.report.terminal`), both built from :func:`simplify.report.analysis.build_report`."""
