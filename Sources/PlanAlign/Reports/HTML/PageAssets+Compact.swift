/// The script of the compact page (see ``ComparisonPage/compactSections(_:_:coverage:)``): it expands the
/// embedded data, fills the detail tables a page of rows at a time (sorted and filtered over
/// all rows), shows a matrix mark's quotation on hover or focus, and filters every table, the
/// matrix and the timeline by unit, province, year and type of unit.
extension PageAssets {
  static let compactScript = """
    (function(){
      var root=document.documentElement,vi=root.lang==='vi';
      window.addEventListener('error',function(e){root.setAttribute('data-script-error',String(e.message));});
      function fold(s){return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/[đĐ]/g,'d').toLowerCase();}
      function make(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
      function each(list,f){Array.prototype.forEach.call(list,f);}
      var carrier=document.getElementById('page-data');
      if(!carrier)return;
      function bytes(){var b=atob(carrier.textContent.trim()),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++)u[i]=b.charCodeAt(i);return u;}
      var text=carrier.getAttribute('data-encoding')==='gzip'
        ?new Response(new Blob([bytes()]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
        :Promise.resolve(new TextDecoder().decode(bytes()));
      text.then(function(t){start(JSON.parse(t));}).catch(function(e){root.setAttribute('data-script-error',String(e));});
      function start(D){
        var S=D.s,P=D.plans,L=D.labels.slice(),picked=null;
        function planName(i){return S[P[i][0]];}
        function link(c){
          var p=P[c[0]],place=S[c[1]],a=make('a','src',place);
          a.href=S[p[2]];
          a.title=(/^[0-9]+$/.test(place)?S[p[1]]+':'+place:S[p[1]]+', '+place)+' — '+S[c[2]];
          return a;}
        function cellText(c,k){if(k==='p')return Array.isArray(c)?planName(c[0]):S[c];if(k==='s')return c?S[c[1]]:'';return S[c];}
        function sortKey(c,k){
          if(k==='n'){var v=parseFloat(S[c].replace(',','.'));return isNaN(v)?-1e9:v;}
          if(k==='d')return vi?S[c].split('/').reverse().join('-'):S[c];
          return fold(cellText(c,k));}
        function render(view){
          var q=fold(view.input.value),rows=view.t.rows,cols=view.t.cols,shown=0,total=0,frag=document.createDocumentFragment();
          for(var n=0;n<view.order.length;n++){
            var i=view.order[n],r=rows[i];
            if(picked&&(view.pc<0||!Array.isArray(r[view.pc])||!picked[r[view.pc][0]]))continue;
            if(q){if(!view.keys[i])view.keys[i]=fold(r.map(function(c,ci){return cellText(c,cols[ci][1]);}).join(' '));if(view.keys[i].indexOf(q)<0)continue;}
            total++;if(shown>=view.limit)continue;shown++;
            var tr=document.createElement('tr');
            for(var ci=0;ci<cols.length;ci++){
              var c=r[ci],k=cols[ci][1],td=ci===0?make('th'):make('td');
              if(ci===0)td.scope='row';
              if(k==='s'){if(c)td.appendChild(link(c));}else td.textContent=cellText(c,k);
              if(k==='n')td.className='num';else if(k==='d')td.className='date';
              tr.appendChild(td);}
            frag.appendChild(tr);}
          view.body.textContent='';view.body.appendChild(frag);
          view.status.textContent=L[1].replace('{1}',shown.toLocaleString(root.lang)).replace('{2}',total.toLocaleString(root.lang));
          view.more.hidden=shown>=total;}
        var views=D.tables.map(function(t){
          var holder=document.querySelector('[data-table="'+t.id+'"]');if(!holder)return null;
          holder.textContent='';
          var input=make('input','filter');input.type='search';input.placeholder=vi?'Lọc…':'Filter…';input.setAttribute('aria-label',input.placeholder);
          var wrap=make('div','table-wrap'),table=make('table'),status=make('p','note'),more=make('button','more',L[0]);
          table.id=t.id;more.type='button';
          var head=table.createTHead().insertRow(),body=table.createTBody();
          var view={t:t,order:t.rows.map(function(_,i){return i;}),limit:200,keys:[],sorted:-1,asc:true,input:input,body:body,status:status,more:more,pc:-1};
          t.cols.forEach(function(col,ci){
            if(col[1]==='p'&&view.pc<0)view.pc=ci;
            var th=make('th',col[1]==='n'?'num':null,S[col[0]]);th.scope='col';th.tabIndex=0;th.setAttribute('data-sorted','');
            var go=function(){
              view.asc=view.sorted===ci?!view.asc:true;view.sorted=ci;
              var keys=t.rows.map(function(r){return sortKey(r[ci],col[1]);}),sign=view.asc?1:-1;
              view.order.sort(function(a,b){var x=keys[a],y=keys[b];return (x<y?-sign:x>y?sign:0)||a-b;});
              each(head.cells,function(h){h.removeAttribute('aria-sort');});
              th.setAttribute('aria-sort',view.asc?'ascending':'descending');
              render(view);};
            th.addEventListener('click',go);
            th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});
            head.appendChild(th);});
          input.addEventListener('input',function(){view.limit=200;render(view);});
          more.addEventListener('click',function(){view.limit+=200;render(view);});
          wrap.appendChild(table);holder.appendChild(input);holder.appendChild(wrap);holder.appendChild(status);holder.appendChild(more);
          render(view);return view;}).filter(Boolean);
        var marks={};D.marks.forEach(function(m){marks[m[0]+' '+m[1]]=m;});
        var tip=make('div','float-tip');tip.setAttribute('role','tooltip');tip.id='mark-tip';tip.hidden=true;document.body.appendChild(tip);
        var hideTimer=0;
        function showTip(td){
          var m=marks[td.getAttribute('data-m')];if(!m)return;
          clearTimeout(hideTimer);tip.textContent='';
          tip.appendChild(make('span',null,S[m[2]]));tip.appendChild(make('br'));
          tip.appendChild(link([m[0],m[3],m[4]]));
          var box=td.getBoundingClientRect();tip.hidden=false;
          tip.style.left=Math.max(4,Math.min(window.scrollX+box.left-150,window.scrollX+document.documentElement.clientWidth-tip.offsetWidth-4))+'px';
          tip.style.top=(window.scrollY+box.bottom+4)+'px';}
        function hideSoon(){hideTimer=setTimeout(function(){tip.hidden=true;},300);}
        tip.addEventListener('mouseenter',function(){clearTimeout(hideTimer);});
        tip.addEventListener('mouseleave',hideSoon);
        var matrix=document.getElementById('matrix-table');
        if(matrix){
          each(matrix.tBodies[0].rows,function(tr){
            var p=tr.getAttribute('data-p');if(p===null)return;
            for(var ci=1;ci<tr.cells.length-1;ci++){var td=tr.cells[ci];if(td.textContent){td.className='mark';td.tabIndex=0;td.setAttribute('data-m',p+' '+(ci-1));td.setAttribute('aria-describedby','mark-tip');}}});
          matrix.addEventListener('mouseover',function(e){var td=e.target.closest('td.mark');if(td)showTip(td);});
          matrix.addEventListener('mouseout',function(e){if(e.target.closest('td.mark'))hideSoon();});
          matrix.addEventListener('focusin',function(e){var td=e.target.closest('td.mark');if(td)showTip(td);});
          matrix.addEventListener('focusout',hideSoon);
          matrix.addEventListener('keydown',function(e){var td=e.target.closest('td.mark');if(td&&e.key==='Enter'){var a=tip.querySelector('a');if(a)a.click();}if(e.key==='Escape')tip.hidden=true;});}
        var bar=document.getElementById('filters');bar.textContent='';
        var search=make('input','filter');search.type='search';search.placeholder=L[6];search.setAttribute('aria-label',L[6]);search.id='unit-filter';
        bar.appendChild(search);
        function choice(label,column,numeric,key){
          var values=[];P.forEach(function(p){var v=numeric?p[column]:S[p[column]];if(v!==''&&values.indexOf(v)<0)values.push(v);});
          values.sort(function(a,b){return numeric?a-b:fold(a)<fold(b)?-1:fold(a)>fold(b)?1:0;});
          var select=make('select');select.setAttribute('aria-label',label);select.setAttribute('data-column',column);select.name=key;
          select.appendChild(make('option',null,label+': '+L[2]));select.options[0].value='';
          values.forEach(function(v){var o=make('option',null,String(v));o.value=String(v);select.appendChild(o);});
          bar.appendChild(select);return select;}
        var selects=[choice(L[3],3,false,'province'),choice(L[7],6,false,'level'),choice(L[5],5,false,'type'),choice(L[4],4,true,'year')];
        var names=P.map(function(p){return fold(S[p[0]]);});
        function apply(){
          var q=fold(search.value.trim()),any=q!=='';
          selects.forEach(function(s){if(s.value!=='')any=true;});
          if(!any)picked=null;else{
            picked={};
            P.forEach(function(p,i){
              if(q&&names[i].indexOf(q)<0)return;
              for(var k=0;k<selects.length;k++){var s=selects[k],c=+s.getAttribute('data-column');if(s.value!==''&&String(c===4?p[c]:S[p[c]])!==s.value)return;}
              picked[i]=true;});}
          each(document.querySelectorAll('tr[data-p]'),function(tr){tr.hidden=picked!==null&&!picked[tr.getAttribute('data-p')];});
          if(matrix){var group=null,visible=false;
            each(matrix.tBodies[0].rows,function(tr){
              if(tr.classList.contains('group')){if(group)group.hidden=!visible;group=tr;visible=false;}
              else if(tr.hasAttribute('data-p')&&!tr.hidden)visible=true;});
            if(group)group.hidden=!visible;}
          views.forEach(function(v){v.limit=200;render(v);});
          var count=picked?Object.keys(picked).length:0,plots=document.querySelectorAll('#spread-table tbody tr');
          each(plots,function(tr){var g=tr.querySelector('g.picked');if(g)g.textContent='';});
          if(picked&&count<=60){D.points.forEach(function(pt){
            if(!picked[pt[1]])return;var tr=plots[pt[0]],g=tr&&tr.querySelector('g.picked');if(!g)return;
            var c=document.createElementNS('http://www.w3.org/2000/svg','circle');
            c.setAttribute('cx',(5+720*(Math.min(Math.max(pt[2],1),365)-1)/364).toFixed(1));c.setAttribute('cy','23');c.setAttribute('r','4');
            var title=document.createElementNS('http://www.w3.org/2000/svg','title');title.textContent=planName(pt[1]);c.appendChild(title);
            g.appendChild(c);});}
          root.setAttribute('data-picked',String(count));}
        function remember(){
          var parts=[];if(search.value.trim())parts.push('unit='+encodeURIComponent(search.value.trim()));
          selects.forEach(function(s){if(s.value!=='')parts.push(s.name+'='+encodeURIComponent(s.value));});
          history.replaceState(null,'',parts.length?'#'+parts.join('&'):location.pathname+location.search);}
        search.addEventListener('input',function(){apply();remember();});
        selects.forEach(function(s){s.addEventListener('change',function(){apply();remember();});});
        location.hash.slice(1).split('&').forEach(function(part){
          var eq=part.indexOf('=');if(eq<0)return;
          var key=part.slice(0,eq),value=decodeURIComponent(part.slice(eq+1));
          if(key==='unit'){search.value=value;search.dispatchEvent(new Event('input'));}
          selects.forEach(function(s){if(s.name===key){s.value=value;s.dispatchEvent(new Event('change'));}});});
        root.setAttribute('data-script','ready');}
    })();
    """
}
