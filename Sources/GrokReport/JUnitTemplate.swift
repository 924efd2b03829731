/// JUnit XML as the usual CI parsers read it (Jenkins, GitLab, GitHub actions): every
/// value escaped by `XMLContent`, nothing written unescaped.
enum JUnitTemplate {
    static let document = """
        {{% CONTENT_TYPE: XML}}<?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="grok" tests="{{tests}}" failures="{{failures}}" errors="{{errors}}" time="{{time}}" timestamp="{{timestamp}}">
        {{#suites}}
          <testsuite name="{{suiteName}}" tests="{{tests}}" failures="{{failures}}" errors="{{errors}}" skipped="0" time="{{time}}" timestamp="{{timestamp}}">
        {{#cases}}
            <testcase name="{{caseName}}" classname="{{suiteName}}" time="{{caseTime}}"{{#line}} line="{{.}}"{{/line}}>
        {{#failure}}
              <failure message="{{message}}" type="{{kind}}">{{message}}</failure>
        {{/failure}}
        {{#error}}
              <error message="{{message}}" type="{{kind}}">{{message}}</error>
        {{/error}}
              <system-out>{{output}}</system-out>
            </testcase>
        {{/cases}}
          </testsuite>
        {{/suites}}
        </testsuites>

        """
}
