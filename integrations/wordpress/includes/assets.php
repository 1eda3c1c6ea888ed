<?php
/**
 * The widgets' own script, shipped in the plugin (nothing is fetched from elsewhere): the classic
 * build, which every WordPress since 6.1 can enqueue (no script modules needed). It is registered
 * on every request and enqueued only where a widget is shown: once, however many there are.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Asset versions written by the build (a hash of each file), so browsers fetch a new file
 * when it changes.
 *
 * @return array{widgets: string, editor: string}
 */
function wisg_widgets_asset_versions() {
	static $versions = null;
	if ( null === $versions ) {
		$file     = WISG_WIDGETS_DIR . '/build/versions.php';
		$versions = is_readable( $file ) ? require $file : array();
		$versions += array(
			'widgets' => WISG_WIDGETS_VERSION,
			'editor'  => WISG_WIDGETS_VERSION,
		);
	}
	return $versions;
}

function wisg_widgets_register_assets() {
	$versions = wisg_widgets_asset_versions();
	// In the footer: a classic theme prints the content after wp_head.
	wp_register_script( 'wisg-widgets', plugins_url( 'build/wisg-widgets.iife.js', WISG_WIDGETS_FILE ), array(), $versions['widgets'], true );
	// The space a widget takes before the script has run (README, "No jump while loading").
	wp_register_style( 'wisg-widgets', false, array(), $versions['widgets'] );
	wp_add_inline_style( 'wisg-widgets', 'wisg-project-list:not(:defined),wisg-project-card:not(:defined),wisg-timeline:not(:defined){display:block;min-height:6em}' );
}

/** On a page that shows a widget (WordPress prints each enqueued handle once). */
function wisg_widgets_enqueue() {
	wp_enqueue_script( 'wisg-widgets' );
	wp_enqueue_style( 'wisg-widgets' );
}
