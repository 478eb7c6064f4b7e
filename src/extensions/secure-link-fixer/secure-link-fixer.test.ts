import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HstsPreloadList } from './hsts-preload-list.ts';
import { secureUrl } from './index.ts';

const list = HstsPreloadList.fromPhp(`<?php
return [
\t'tumblr.com' => 1,
\t'www.bbc.co.uk' => 0,
\t'gov.uk' => 0,
\t'www.gov.uk' => 0,
];
`);

test('the list is read from its PHP form', () => {
  assert.equal(list.size, 4);
});

test('listed hosts and subdomains of domains that include them are preloaded', () => {
  assert.equal(list.isPreloaded('tumblr.com'), true);
  assert.equal(list.isPreloaded('nocoweb.tumblr.com'), true);
  assert.equal(list.isPreloaded('www.bbc.co.uk'), true);
  assert.equal(list.isPreloaded('news.www.bbc.co.uk'), false);
  assert.equal(list.isPreloaded('www.gov.uk'), true);
  assert.equal(list.isPreloaded('assets.gov.uk'), false);
  assert.equal(list.isPreloaded('example.com'), false);
});

test('http and protocol-relative links to preloaded hosts become https', () => {
  assert.equal(secureUrl('http://nocoweb.tumblr.com/', list), 'https://nocoweb.tumblr.com/');
  assert.equal(secureUrl('//www.bbc.co.uk/blogs?x=1', list), 'https://www.bbc.co.uk/blogs?x=1');
  assert.equal(secureUrl('http://user@tumblr.com:80/a', list), 'https://user@tumblr.com:80/a');
  assert.equal(secureUrl('http://danbooru.donmai.us/posts/1', list), 'http://danbooru.donmai.us/posts/1');
  assert.equal(secureUrl('ftp://tumblr.com/', list), 'ftp://tumblr.com/');
  assert.equal(secureUrl('https://tumblr.com/', list), 'https://tumblr.com/');
});
