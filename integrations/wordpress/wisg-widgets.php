<?php
/**
 * Plugin Name:       WISG Widgets
 * Plugin URI:        https://github.com/wisg/widgets
 * Description:       Projects of an organisation as a list, a single-project card and a timeline, in Georgian and English: three blocks and three shortcodes.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            WISG
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       wisg-widgets
 * Domain Path:       /languages
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

// The build writes the package's version here and in the header above.
define( 'WISG_WIDGETS_VERSION', '0.0.0' );
define( 'WISG_WIDGETS_FILE', __FILE__ );
define( 'WISG_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/uploads.php';

add_action(
	'init',
	static function () {
		// Before the blocks: their block.json titles are translated from this domain.
		load_plugin_textdomain( 'wisg-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
		wisg_widgets_register_assets();
		wisg_widgets_register_blocks();
		wisg_widgets_register_shortcodes();
	}
);
