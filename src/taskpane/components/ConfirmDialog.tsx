import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmText: string;
  cancelText: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something is overwritten; nothing happens until the user answers. */
export function ConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_, d) => !d.open && props.onCancel()}
    >
      <DialogSurface aria-label={props.title}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.message}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirmText}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              {props.cancelText}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
