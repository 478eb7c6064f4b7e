import { test } from 'node:test';
import assert from 'node:assert/strict';
import { svgScriptProblem } from './svg-scripts.ts';
import { svgImage } from './test-images.ts';

test('ordinary drawings pass, with gradients, local references and embedded images', () => {
  const body = '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>'
    + '<rect width="5" height="5" fill="url(#g)" style="fill:url(#g)"/><use xlink:href="#g"/>'
    + '<image href="data:image/png;base64,iVBORw0KGgo="/><a href="https://example.org/"><text>link</text></a>';
  assert.equal(svgScriptProblem(svgImage(10, 10, body).toString()), null);
});

test('scripts, handlers, script links, outside documents and style imports are found', () => {
  const cases: Array<[string, RegExp]> = [
    ['<svg:script>alert(1)</svg:script>', /svg:script/],
    ['<g ONCLICK="x()"/>', /event handler/],
    ['<a xlink:href="  java&#x09;script:alert(1)">x</a>', /script link/],
    ['<a href="data:text/html,&lt;script&gt;">x</a>', /data: link/],
    ['<use href="http://evil.example/x.svg#a"/>', /another document/],
    ['<set attributeName="href" to="javascript:alert(1)"/>', /animation/],
    ['<style>@import url(http://evil.example/x.css);</style>', /style sheet/],
    ['<rect style="background:url(http://evil.example/)"/>', /style/],
    ['<foreignObject><div/></foreignObject>', /foreignObject/],
  ];
  for (const [body, reason] of cases) assert.match(svgScriptProblem(svgImage(10, 10, body).toString()) ?? '', reason, body);
  assert.match(svgScriptProblem('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg/>') ?? '', /entity/);
});
