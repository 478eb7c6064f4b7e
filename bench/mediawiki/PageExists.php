<?php
/**
 * Exits 0 when the page exists in the wiki, 1 otherwise (bench/mediawiki/setup.sh uses it to
 * skip an import already done).
 */

require_once getenv( 'MW_INSTALL_PATH' ) !== false
	? getenv( 'MW_INSTALL_PATH' ) . '/maintenance/Maintenance.php'
	: '/usr/share/mediawiki/maintenance/Maintenance.php';

class PageExists extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addOption( 'title', 'Page title', true, true );
	}

	public function execute() {
		$title = Title::newFromText( $this->getOption( 'title' ) );
		if ( !$title || !$title->exists() ) {
			$this->fatalError( 'no such page' );
		}
		$this->output( $title->getPrefixedText() . "\n" );
	}
}

$maintClass = PageExists::class;
require_once RUN_MAINTENANCE_IF_MAIN;
