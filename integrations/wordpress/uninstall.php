<?php
/**
 * Uninstalling: the plugin keeps no options, transients or user meta of its own, so there is
 * nothing to delete. Uploaded JSON files are the site's media and stay in the Media Library.
 * test/wordpress checks that no option, transient or user meta named after the plugin is
 * left after an uninstall.
 *
 * @package WisgWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
