/// The page's own style sheet and script (inline, so the page works from disk and offline).
enum PageAssets {
  static let css = """
    :root{--ink:#1b1b1b;--muted:#555;--line:#c8c8c8;--band:#f4f4f4;--accent:#0072B2}
    *{box-sizing:border-box}
    body{margin:0;font-family:"Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;color:var(--ink);font-size:14px;line-height:1.45;background:#fff}
    header,main{max-width:1320px;margin:0 auto;padding:0 16px}
    header h1{font-size:22px;margin:16px 0 4px}
    h2{font-size:18px;margin:28px 0 6px;border-bottom:2px solid var(--accent);padding-bottom:2px}
    h3{font-size:15px;margin:18px 0 6px} h4{font-size:14px;margin:8px 0 2px}
    .note{color:var(--muted);margin:2px 0 8px}
    .table-wrap{overflow-x:auto}
    table{border-collapse:collapse;width:100%;margin:4px 0 12px}
    th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
    thead th{background:#e8eef5;position:sticky;top:0}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    td.date{white-space:nowrap}
    tbody tr:nth-child(even){background:#fafafa}
    #matrix .table-wrap{max-height:85vh;overflow:auto} #plans .table-wrap{max-height:60vh;overflow:auto}
    #unit-filter{width:24em}
    #matrix-table{width:auto}
    #matrix-table thead th{font-size:12px;font-weight:normal;min-width:6em;max-width:9em;vertical-align:bottom;z-index:2}
    #matrix-table th[scope=row],#matrix-table thead th:first-child{position:sticky;left:0;background:#fff;z-index:1;min-width:11em}
    #matrix-table thead th:first-child{background:#e8eef5;z-index:3}
    #matrix-table tr.group th{background:#eef3f8;font-weight:bold}
    #matrix-table tr.totals th,#matrix-table tr.totals td{font-weight:bold;border-top:2px solid #888}
    #matrix-table td.mark{text-align:center;min-width:2.5em;position:relative}
    .dot{position:relative;cursor:help;color:var(--accent);font-size:16px;outline-offset:2px}
    .dot .tip{display:none;position:absolute;z-index:5;left:50%;top:1.4em;transform:translateX(-50%);width:22em;background:#fff;border:1px solid #888;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:6px;color:var(--ink);font-size:12px;text-align:left}
    .dot:hover .tip,.dot:focus .tip,.dot:focus-within .tip{display:block}
    .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    .unmatched-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px}
    .unmatched ul{margin:0;padding-left:18px}
    a.src{color:var(--accent);text-decoration:none;border-bottom:1px dotted var(--accent)}
    .legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:14px}
    .legend svg{vertical-align:middle}
    .legend-ring{font-weight:bold} .legend-median{color:#333;font-weight:bold}
    .chart{overflow-x:auto}
    svg.timeline{width:100%;min-width:900px;height:auto;font-size:12px}
    svg .band{fill:#fff} svg .row:nth-child(odd) .band{fill:var(--band)}
    svg .axis line{stroke:#ddd} svg .axis text{fill:var(--muted)}
    svg .row-label{fill:var(--ink)}
    svg .median{stroke:#222;stroke-width:2}
    svg .bar{opacity:.45}
    svg .shape{stroke:#fff;stroke-width:1}
    svg .flag-ring{fill:none;stroke:#000;stroke-width:1.5;stroke-dasharray:2 1.5}
    td.flag.late,td.flag.early,td.flag.after_reference{font-weight:bold}
    td.flag.late::before{content:"▲ "} td.flag.early::before{content:"▼ "}
    tr.warning th{border-left:4px solid #E69F00} tr.error th,tr.failed th{border-left:4px solid #D55E00} tr.info th{border-left:4px solid #56B4E9}
    th[data-sorted]::after{content:" ↕"}
    .filter{margin:4px 0;padding:3px 6px;font:inherit;width:18em}
    #filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:12px 0 0;position:sticky;top:0;background:#fff;z-index:6;padding:4px 0}
    #filters select{font:inherit;padding:2px 4px;max-width:16em}
    #matrix-table tbody td{text-align:center;color:var(--accent)} #matrix-table tbody td.num{text-align:right;color:inherit}
    #matrix-table td.mark{cursor:help}
    .float-tip{position:absolute;z-index:9;width:22em;max-width:90vw;background:#fff;border:1px solid #888;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:6px;font-size:12px}
    #spread-table{width:auto} #spread-table th[scope=row]{font-weight:normal;min-width:12em;max-width:24em}
    .spread-cell{padding:0 4px;min-width:480px;width:730px}
    #spread-table th[scope=row]{position:sticky;left:0;background:#fff;z-index:1}
    svg.spread{display:block;width:100%;height:auto}
    svg.spread .grid{stroke:#e4e4e4} svg.spread .bin{fill:#8fbcd9} svg.spread text{font-size:11px;fill:var(--muted)}
    svg.spread .box{fill:none;stroke:#0072B2;stroke-width:1.5} svg.spread .whisker{stroke:#0072B2}
    svg.spread .picked circle{fill:#D55E00;stroke:#fff;stroke-width:1}
    .legend-bar{color:#8fbcd9} .legend-box{color:#0072B2} .legend-dot{color:#D55E00}
    button.more{font:inherit;margin:0 0 12px}
    @media print{
      @page{size:A4 landscape;margin:10mm}
      body{font-size:9pt} header,main{max-width:none;padding:0}
      h2{break-after:avoid} table{page-break-inside:auto} tr{break-inside:avoid}
      #timeline,#timing{break-before:page} #timeline{break-inside:avoid}
      thead{display:table-header-group} thead th{position:static}
      .table-wrap,.chart,#matrix .table-wrap,#plans .table-wrap{overflow:visible;max-height:none} svg.timeline{min-width:0;max-height:135mm}
      #matrix-table{font-size:6.5pt} #matrix-table thead th{font-size:5.5pt;line-height:1.05;padding:1px 2px;min-width:0}
      #matrix-table td,#matrix-table th[scope=row]{padding:0 2px} #matrix-table th[scope=row]{position:static;min-width:0}
      .filter,#filters,.float-tip,button.more{display:none!important} .dot .tip{display:none!important} th[data-sorted]::after{content:none}
      .spread-cell{min-width:0;width:auto} #spread-table{width:100%} #spread-table th[scope=row]{position:static}
      svg{-webkit-print-color-adjust:exact} svg .bar{opacity:.8}
      a.src{border:0;color:inherit}
    }
    """

  static let script = """
    (function(){
      var root=document.documentElement;
      window.addEventListener('error',function(e){root.setAttribute('data-script-error',String(e.message));});
      function value(cell){var v=cell.getAttribute('data-value');return v!==null?v:cell.textContent.trim();}
      Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
        var heads=table.tHead.rows[0].cells;
        Array.prototype.forEach.call(heads,function(th,column){
          th.setAttribute('data-sorted','');th.tabIndex=0;th.style.cursor='pointer';
          var sort=function(){
            var numeric=th.getAttribute('data-type')==='number';
            var ascending=th.getAttribute('aria-sort')!=='ascending';
            Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
            th.setAttribute('aria-sort',ascending?'ascending':'descending');
            var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
            rows.sort(function(a,b){
              var x=value(a.cells[column]),y=value(b.cells[column]);
              var c=numeric?(parseFloat(x||'NaN')||0)-(parseFloat(y||'NaN')||0):x.localeCompare(y,root.lang);
              return ascending?c:-c;});
            rows.forEach(function(r){body.appendChild(r);});};
          th.addEventListener('click',sort);
          th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
        });
      });
      Array.prototype.forEach.call(document.querySelectorAll('table.sortable,table.filterable'),function(table){
        var input=document.createElement('input');
        input.type='search';input.className='filter';input.placeholder=root.lang==='vi'?'Lọc…':'Filter…';
        input.setAttribute('aria-label',input.placeholder);
        input.addEventListener('input',function(){
          var fold=function(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/[đĐ]/g,'d').toLowerCase();};
          var q=fold(input.value);
          var rowText=table.classList.contains('filterable')?function(r){return r.cells[0]?r.cells[0].textContent:'';}:function(r){return r.textContent;};
          Array.prototype.forEach.call(table.tBodies[0].rows,function(r){r.hidden=q!==''&&!r.classList.contains('totals')&&fold(rowText(r)).indexOf(q)<0;});
        });
        table.parentNode.parentNode.insertBefore(input,table.parentNode);
      });
      root.setAttribute('data-script','ready');
    })();
    """
}
