<?php
/**
 * Times MediaWiki's parser in-process on a list of pages, for bench/render.ts.
 *
 *   MW_CONFIG_FILE=/tmp/mwref-bench/LocalSettings.php \
 *     php /usr/share/mediawiki/maintenance/runScript.php bench/mediawiki/RenderBench.php --pages pages.json
 *
 * pages.json: {"warmup": 1, "runs": 3, "pages": [{"title": "...", "source": "/path/page.wiki"?}]}.
 * A page without "source" is read from the wiki's database (its current revision).
 * Each parse is ContentRenderer::getParserOutput with anonymous parser options and no
 * parser cache, plus ParserOutput::getText(): what the golden HTML of the corpora is.
 * Prints JSON: {"mediawiki": version, "php": version,
 *   "pages": [{"title", "bytes", "ms": [wall ms per run], "cpuMs": [CPU ms per run], "error"?}]}.
 */

use MediaWiki\MediaWikiServices;
use MediaWiki\Revision\SlotRecord;

require_once getenv( 'MW_INSTALL_PATH' ) !== false
	? getenv( 'MW_INSTALL_PATH' ) . '/maintenance/Maintenance.php'
	: '/usr/share/mediawiki/maintenance/Maintenance.php';

class RenderBench extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Time the parser on pages (warm, no parser cache)' );
		$this->addOption( 'pages', 'JSON file listing the pages, warmup and runs', true, true );
	}

	/** CPU time of this process and of its finished children (the standalone Lua VM), in ms. */
	private static function cpuMs(): float {
		$ms = 0.0;
		foreach ( [ getrusage( 0 ), getrusage( 1 ) ] as $u ) {
			$ms += $u['ru_utime.tv_sec'] * 1e3 + $u['ru_utime.tv_usec'] / 1e3
				+ $u['ru_stime.tv_sec'] * 1e3 + $u['ru_stime.tv_usec'] / 1e3;
		}
		return $ms;
	}

	public function execute() {
		$spec = json_decode( file_get_contents( $this->getOption( 'pages' ) ), true );
		$warmup = (int)( $spec['warmup'] ?? 1 );
		$runs = max( 1, (int)( $spec['runs'] ?? 1 ) );
		$services = MediaWikiServices::getInstance();
		$renderer = $services->getContentRenderer();
		$results = [];
		foreach ( $spec['pages'] as $page ) {
			$result = [ 'title' => $page['title'], 'bytes' => 0, 'ms' => [], 'cpuMs' => [] ];
			$title = Title::newFromText( $page['title'] );
			if ( !$title ) {
				$results[] = $result + [ 'error' => 'invalid title' ];
				continue;
			}
			$revId = null;
			if ( isset( $page['source'] ) ) {
				$content = new WikitextContent( file_get_contents( $page['source'] ) );
			} else {
				$rev = $services->getRevisionLookup()->getRevisionByTitle( $title );
				if ( !$rev ) {
					$results[] = $result + [ 'error' => 'page not found' ];
					continue;
				}
				$content = $rev->getContent( SlotRecord::MAIN );
				$revId = $rev->getId();
			}
			$result['bytes'] = strlen( $content->serialize() );
			for ( $i = 0; $i < $warmup + $runs; $i++ ) {
				$cpu = self::cpuMs();
				$start = hrtime( true );
				$output = $renderer->getParserOutput( $content, $title, $revId, ParserOptions::newFromAnon() );
				$output->getText( [ 'enableSectionEditLinks' => false ] );
				$ms = ( hrtime( true ) - $start ) / 1e6;
				if ( $i >= $warmup ) {
					$result['ms'][] = round( $ms, 3 );
					$result['cpuMs'][] = round( self::cpuMs() - $cpu, 3 );
				}
			}
			$results[] = $result;
		}
		$this->output( json_encode( [
			'mediawiki' => MW_VERSION,
			'php' => PHP_VERSION,
			'pages' => $results,
		] ) . "\n" );
	}
}

$maintClass = RenderBench::class;
require_once RUN_MAINTENANCE_IF_MAIN;
