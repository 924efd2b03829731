/// The report's page and card, as Mustache templates: `{{name}}` escapes what it writes for
/// HTML (`<`, `>`, `&`, `"`, `'`), and nothing here writes unescaped (`{{{…}}}`, `{{&…}}`).
/// Every value sits in element text or in a quoted attribute. The style is inline and there
/// is no script: the page reads the same with scripts off. The Content-Security-Policy is
/// a second wall: it lets no script run even if some text ever became markup.
enum HTMLTemplate {
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' file: http: https:; media-src 'self' file: http: https:">
        <title>{{title}}</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <header class="top">
        <h1>{{title}}</h1>
        <p class="meta">Written <time datetime="{{generated.iso}}">{{generated.text}}</time> from the journal of {{servers}}.</p>
        <ul class="counts">
        <li class="succeeded"><strong>{{succeeded}}</strong> succeeded</li>
        <li class="failed"><strong>{{failed}}</strong> failed</li>
        <li class="running"><strong>{{running}}</strong> running</li>
        {{#unconfirmed}}<li class="unconfirmed"><strong>{{unconfirmed}}</strong> unconfirmed</li>{{/unconfirmed}}
        <li><strong>{{videoSeconds}}</strong> of video made</li>
        </ul>
        </header>
        <main>
        {{#groups}}
        <section class="group">
        <h2>{{groupPrompt}}</h2>
        <p class="count">{{count}}</p>
        <div class="cards">
        {{#cards}}
        {{> card}}
        {{/cards}}
        </div>
        </section>
        {{/groups}}
        {{^groups}}
        <p class="empty">No tasks to show.</p>
        {{/groups}}
        </main>
        </body>
        </html>

        """

    static let card = """
        <article class="card {{outcome}}">
        <div class="head"><h3>{{cardTitle}}</h3><span class="badge">{{status}}</span></div>
        {{#reason}}<p class="reason">{{.}}</p>{{/reason}}
        {{#video}}
        <video controls playsinline preload="{{preload}}" src="{{videoSource}}"></video>
        {{#remote}}<p class="note"><a href="{{videoSource}}" rel="noreferrer">the server's video URL</a>: not downloaded, and the link may expire</p>{{/remote}}
        {{/video}}
        {{#videoText}}<p class="note">video: {{.}} (not a web address, so not linked)</p>{{/videoText}}
        {{#prompt}}<p class="prompt">{{.}}</p>{{/prompt}}
        <dl>
        {{#taskName}}<dt>name</dt><dd>{{.}}</dd>{{/taskName}}
        {{#taskID}}<dt>id</dt><dd><code>{{.}}</code></dd>{{/taskID}}
        {{#model}}<dt>model</dt><dd>{{.}}</dd>{{/model}}
        {{#duration}}<dt>duration</dt><dd>{{.}}</dd>{{/duration}}
        {{#shape}}<dt>shape</dt><dd>{{.}}</dd>{{/shape}}
        {{#submitted}}<dt>submitted</dt><dd><time datetime="{{iso}}">{{text}}</time></dd>{{/submitted}}
        {{#finished}}<dt>finished</dt><dd><time datetime="{{iso}}">{{text}}</time></dd>{{/finished}}
        {{#waited}}<dt>waited</dt><dd>{{.}}</dd>{{/waited}}
        {{#queries}}<dt>queries</dt><dd>{{.}}</dd>{{/queries}}
        {{#scriptLine}}<dt>script</dt><dd><code>{{.}}</code></dd>{{/scriptLine}}
        </dl>
        {{#image}}
        <figure title="{{imageText}}">{{#imageSource}}<img src="{{.}}" alt="reference image" loading="lazy" decoding="async">{{/imageSource}}<figcaption>{{imageName}}</figcaption></figure>
        {{/image}}
        </article>
        """
}
